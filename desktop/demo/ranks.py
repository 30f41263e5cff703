"""The Iraqi police and army ranks in protocol order, and how common each is in a force."""

from __future__ import annotations

from sqlalchemy import select

from desktop.demo.loader import Loader
from desktop.models import Rank

# (Arabic, English, share of a provincial force): seniority is the position, 1 the highest.
RANKS: tuple[tuple[str, str, float], ...] = (
    ("فريق أول", "General", 0.0),
    ("فريق", "Lieutenant General", 0.0),
    ("لواء", "Major General", 0.002),
    ("عميد", "Brigadier", 0.006),
    ("عقيد", "Colonel", 0.012),
    ("مقدم", "Lieutenant Colonel", 0.02),
    ("رائد", "Major", 0.03),
    ("نقيب", "Captain", 0.045),
    ("ملازم أول", "First Lieutenant", 0.05),
    ("ملازم", "Lieutenant", 0.05),
    ("مفوض", "Police Inspector", 0.045),
    ("نائب ضابط", "Warrant Officer", 0.04),
    ("رئيس عرفاء", "Staff Sergeant", 0.08),
    ("عريف", "Sergeant", 0.12),
    ("نائب عريف", "Corporal", 0.14),
    ("شرطي", "Policeman", 0.36),
)

OFFICER_RANKS = ("رائد", "نقيب", "ملازم أول", "ملازم")
GUARD_RANKS = ("مفوض", "نائب ضابط", "رئيس عرفاء", "عريف", "نائب عريف", "شرطي")


def ensure_ranks(loader: Loader) -> dict[str, int]:
    """The rank list, reusing ranks a forced load finds already there: name → id."""
    session = loader.session
    have = {r.name_ar: r for r in session.scalars(select(Rank))}
    for seniority, (name_ar, name_en, _) in enumerate(RANKS, start=1):
        if name_ar not in have:
            have[name_ar] = loader.add(
                "ranks", Rank(name_ar=name_ar, name_en=name_en, seniority=seniority)
            )
    session.flush()
    return {name: rank.id for name, rank in have.items()}


def weighted_ranks() -> tuple[list[str], list[float]]:
    """Names and weights for drawing the rank of an ordinary member of a force."""
    names = [name for name, _, share in RANKS if share > 0]
    weights = [share for _, _, share in RANKS if share > 0]
    return names, weights
