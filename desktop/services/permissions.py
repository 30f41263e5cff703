"""Who may change what: the roles behind each kind of record, checked by every service.

A clerk adds people and organisations on the spot while minutes are taken; planning the
deployment (elections, sites, shifts, assignments, vehicles) is the commander's and the staff
officer's; a viewer changes nothing. An administrator may do everything.
"""

from __future__ import annotations

from desktop.models import UserRole
from desktop.services.actor import Actor
from desktop.services.errors import Forbidden

REGISTRY = (UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.CLERK)
DEPLOYMENT = (UserRole.COMMANDER, UserRole.STAFF_OFFICER)


def require(actor: Actor, roles: tuple[UserRole, ...]) -> None:
    if actor.can(*roles):
        return
    if roles == REGISTRY:
        raise Forbidden("Your role may not change the registry of people and organisations.")
    raise Forbidden("Your role may not plan the deployment: elections, centres and posts, "
                    "shifts, detachments, vehicles and assignments.")
