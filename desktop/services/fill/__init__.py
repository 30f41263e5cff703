"""Fill the gaps: a proposal that covers a shift's uncovered centres and posts from the
people, detachments and vehicles free for it, which the commander reviews and accepts whole,
in part or not at all; nothing is saved before.

    proposal = propose(session, shift_id)            # reads, saves nothing
    report = accept(session, actor, proposal, row_ids=None)   # one unit of work

``propose`` never proposes what breaks a hard rule (``checks.RowCheck``, the bulk form of
``check_assignment``'s rules); ``accept`` checks every row again under the duty locks and
skips, with the reason, any that a colleague's save or a new period of sickness has made
impossible.
"""

from desktop.services.fill.acceptance import accept
from desktop.services.fill.greedy import POST_CREW, Priority, propose
from desktop.services.fill.ground import Strategy
from desktop.services.fill.plan import (
    AcceptedRow,
    AcceptReport,
    Preference,
    Proposal,
    ProposedRow,
    Shortfall,
    SkippedRow,
    Spread,
)

__all__ = [
    "POST_CREW", "AcceptReport", "AcceptedRow", "Preference", "Priority", "Proposal",
    "ProposedRow",
    "Shortfall", "SkippedRow", "Spread", "Strategy", "accept", "propose",
]
