"""The audit trail's part of ``ghurfa check``: does the chain of hashes hold, and where not?

Kept apart from ``desktop.cli.check`` (which calls it): the chain's rules are
``desktop.services.audit_chain``'s, this only says what it found.
"""

from __future__ import annotations

from desktop.cli.context import CliContext, t


def check_chain(db, ctx: CliContext) -> int:
    """Walk the chain; say the first broken link (entry, time, what is wrong). Problems: 0 or 1.
    A database whose schema predates the chain (revision 0012) has none to check."""
    from sqlalchemy import inspect

    from desktop.services import audit_chain

    columns = {c["name"] for c in inspect(db.engine).get_columns("audit_entries")} \
        if inspect(db.engine).has_table("audit_entries") else set()
    if "hash" not in columns:
        return 0
    with db.reader() as session:
        broken = audit_chain.verify(session)
        total = audit_chain.count(session)
    if broken is None:
        ctx.say("The audit trail holds: entries chained: {count}", count=total)
        return 0
    at = broken.at.strftime("%Y-%m-%d %H:%M:%S") if broken.at is not None else "-"
    if broken.problem == "altered":
        what = t("its fields no longer give its hash: it was changed after it was written")
    else:
        what = t("it does not name the entry before it: an entry before it was removed or "
                 "rewritten, or this one was slipped in")
    ctx.say("The audit trail is broken at entry {id} ({at} UTC): {what}", id=broken.entry_id,
            at=at, what=what)
    return 1
