"""Who may change what: the roles behind each kind of record, checked by every service.

A clerk adds people and organisations on the spot while minutes are taken; planning the
deployment (elections, sites, shifts, assignments, vehicles) is the commander's and the staff
officer's; whoever prints official documents (everyone but a viewer) issues and voids their
numbers; a viewer changes nothing. An administrator may do everything.
"""

from __future__ import annotations

from desktop.models import UserRole
from desktop.services.actor import Actor
from desktop.services.errors import Forbidden

REGISTRY = (UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.CLERK)
DEPLOYMENT = (UserRole.COMMANDER, UserRole.STAFF_OFFICER)
# A number is an official act: given once, kept for ever, so not by a mere viewer.
DOCUMENTS = (UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.CLERK, UserRole.OPERATOR)


def require(actor: Actor, roles: tuple[UserRole, ...]) -> None:
    if actor.can(*roles):
        return
    if roles == REGISTRY:
        raise Forbidden("Your role may not change the registry of people and organisations.")
    if roles == DOCUMENTS:
        raise Forbidden("Your role may not issue or void document numbers.")
    raise Forbidden("Your role may not plan the deployment: elections, centres and posts, "
                    "shifts, detachments, vehicles and assignments.")
