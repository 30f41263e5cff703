"""Who may change what: the roles behind each kind of record, checked by every service.

A clerk adds people and organisations on the spot while minutes are taken; planning the
deployment (elections, sites, shifts, assignments, vehicles) is the commander's and the staff
officer's; whoever prints official documents (everyone but a viewer) issues and voids their
numbers; a viewer changes nothing. An administrator may do everything.
"""

from __future__ import annotations

from desktop.models import MeetingStatus, UserRole
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


def require(actor: Actor, roles: tuple[UserRole, ...]) -> None:
    if actor.can(*roles):
        return
    if roles == REGISTRY:
        raise Forbidden("Your role may not change the registry of people and organisations.")
    if roles == DOCUMENTS:
        raise Forbidden("Your role may not issue or void document numbers.")
    raise Forbidden("Your role may not plan the deployment: elections, centres and posts, "
                    "shifts, detachments, vehicles and assignments.")
