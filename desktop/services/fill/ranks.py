"""Who commands a centre and who guards it, by rank.

A polling centre's commander (آمر المركز) is a junior or middle officer, from lieutenant to
major; its guards are of the ranks below the officers (inspector, warrant officer, sergeants,
policemen). Senior officers (lieutenant colonel and above) lead sections and the room: the
proposal puts none of them at a school door, and a brigadier never stands guard. People with
no rank (the commission's staff, a judge) are not proposed at all.

The rank list is the room's own and may be edited, so a rank is classed by its name, in
either script, and a name the lists below do not know by its seniority: junior to every
officer rank in the list, it is a guard's rank; otherwise it is left to the commander's hand.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Rank
from desktop.text.arabic import normalise


class RankClass(StrEnum):
    COMMANDER = "commander"  # may command a centre
    GUARD = "guard"  # may guard a centre or man a post
    SENIOR = "senior"  # an officer the proposal does not place


_CENTRE_COMMAND = {normalise(n) for n in ("رائد", "نقيب", "ملازم أول", "ملازم")} | {
    "major", "captain", "first lieutenant", "lieutenant"}
_SENIOR = {normalise(n) for n in ("فريق أول", "فريق", "لواء", "عميد", "عقيد", "مقدم")} | {
    "general", "lieutenant general", "major general", "brigadier", "colonel",
    "lieutenant colonel"}


def _known(rank: Rank) -> RankClass | None:
    for name in (normalise(rank.name_ar), (rank.name_en or "").strip().lower()):
        if name in _CENTRE_COMMAND:
            return RankClass.COMMANDER
        if name in _SENIOR:
            return RankClass.SENIOR
    return None


def rank_classes(session: Session) -> dict[int, RankClass]:
    """Every rank's class, by rank id."""
    ranks = list(session.scalars(select(Rank)))
    known = {rank.id: _known(rank) for rank in ranks}
    officer_seniority = [r.seniority for r in ranks if known[r.id] is not None]
    most_junior_officer = max(officer_seniority, default=0)
    return {rank.id: known[rank.id] or (RankClass.GUARD if rank.seniority > most_junior_officer
                                        else RankClass.SENIOR)
            for rank in ranks}
