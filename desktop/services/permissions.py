"""Who may change what: the roles behind each kind of record, checked by every service.

A clerk adds people and organisations on the spot while minutes are taken; planning the
deployment (elections, sites, shifts, assignments, vehicles, who is unavailable) is the
commander's and the staff officer's; a shift's duty roster is published, withdrawn and given
its rules (the least rest between shifts) by the commander alone, who signs it; whoever prints
official documents (everyone but a viewer) issues and voids their numbers; a viewer changes
nothing. An administrator may do everything.
"""

from __future__ import annotations

from desktop.models import MeetingStatus, RosterStatus, UserRole
from desktop.services.actor import Actor
from desktop.services.errors import Forbidden

REGISTRY = (UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.CLERK)
DEPLOYMENT = (UserRole.COMMANDER, UserRole.STAFF_OFFICER)
# A number is an official act: given once, kept for ever, so not by a mere viewer.
DOCUMENTS = (UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.CLERK, UserRole.OPERATOR)
# Minutes are recorded by the clerk (and the officers who stand in for one), approved by the
# commander alone.
MINUTES = (UserRole.CLERK, UserRole.STAFF_OFFICER, UserRole.COMMANDER)
APPROVAL = (UserRole.COMMANDER,)
# The roster is signed by the commander: publishing it, withdrawing it, setting its rules.
# A published roster may still be amended by whoever plans the deployment, as an amendment
# (recorded, and the roster's revision goes up so its documents are printed again).
ROSTER = APPROVAL


def may(actor: Actor | None, roles: tuple[UserRole, ...]) -> bool:
    """Whether ``actor`` (None: nobody signed in) holds one of ``roles``."""
    return actor is not None and actor.can(*roles)


def meeting_steps(actor: Actor | None, status: MeetingStatus | None) -> dict[str, bool]:
    """The steps of the minutes' workflow open to ``actor`` for a meeting in ``status``
    (None: no meeting chosen). The interface offers these and greys out the rest; the
    services refuse the same steps whatever the interface offers."""
    records, approves = may(actor, MINUTES), may(actor, APPROVAL)
    return {
        "new": records,
        "open": actor is not None and status is not None,
        "recurring": records and status is not None,
        "submit": records and status is MeetingStatus.DRAFT,
        "approve": approves and status is MeetingStatus.AWAITING_APPROVAL,
        "return": approves and status is MeetingStatus.AWAITING_APPROVAL,
        "amend": records and status is MeetingStatus.APPROVED,
        "delete": records and status is MeetingStatus.DRAFT,
        "print": actor is not None and status is not None,
        "excel": actor is not None and status is not None,
    }


def roster_steps(actor: Actor | None, status: RosterStatus | None) -> dict[str, bool]:
    """What ``actor`` may do with a shift's roster in ``status`` (None: no shift chosen).
    ``assign`` covers putting on, moving, taking off and copying in a draft; ``amend`` the
    same in a published roster, each confirmed as an amendment."""
    plans, signs = may(actor, DEPLOYMENT), may(actor, ROSTER)
    return {
        "assign": plans and status is RosterStatus.DRAFT,
        "amend": plans and status is RosterStatus.PUBLISHED,
        "pin": plans and status is not None,
        "publish": signs and status is RosterStatus.DRAFT,
        "withdraw": signs and status is RosterStatus.PUBLISHED,
        "print": actor is not None and status is not None,
    }


def require_roster(actor: Actor) -> None:
    if not actor.can(*ROSTER):
        raise Forbidden("Only the commander may publish or withdraw a duty roster, or set the "
                        "rules of duty.")


def require(actor: Actor, roles: tuple[UserRole, ...]) -> None:
    if actor.can(*roles):
        return
    if roles == REGISTRY:
        raise Forbidden("Your role may not change the registry of people and organisations.")
    if roles == DOCUMENTS:
        raise Forbidden("Your role may not issue or void document numbers.")
    raise Forbidden("Your role may not plan the deployment: elections, centres and posts, "
                    "shifts, detachments, vehicles and assignments.")
