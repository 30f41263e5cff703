"""Who may change what: the roles behind each kind of record, checked by every service.

A clerk adds people and organisations on the spot while minutes are taken; planning the
deployment (elections, sites, shifts, assignments, vehicles, who is unavailable) is the
commander's and the staff officer's; a shift's duty roster is published, withdrawn and given
its rules (the least rest between shifts) by the commander alone, who signs it; whoever prints
official documents (everyone but a viewer) issues and voids their numbers; directives are
followed up (dated notes, their status moved) by the commander, the staff officer and the
room's operator who takes the calls, and carried over to a later sitting by whoever records
minutes; a viewer changes nothing. An administrator may do everything, and alone manages the
room's users (adds them, deactivates them, resets their passwords, changes their roles), its
settings (how long a workstation stays open unused) and its backups (taken now, restored).

The operator is a role of earlier versions kept for the accounts that hold it: the duty
officer at the telephones, who issues document numbers and follows up directives. New
accounts are given one of the five roles of ``OFFERED_ROLES``; an operator's account keeps its
role until an administrator changes it.
"""

from __future__ import annotations

import sys
from collections.abc import Collection

from desktop.models import DirectiveStatus, MeetingStatus, RosterStatus, UserRole
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
# A directive's follow-up: the notes that come back by phone and the status they move.
FOLLOW_UP = (UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.OPERATOR)
# Users and the room's settings: the administrator alone (``Actor.can()`` of no role).
ADMINISTRATION: tuple[UserRole, ...] = ()
# The audit trail is read by the administrator and by the commander, who answers for the
# room; nobody changes it.
AUDIT = (UserRole.COMMANDER,)
# Backups: taking one now, restoring one (which replaces everyone's data), seeing the list of
# them: the administrator alone. The automatic ones are taken whoever is signed in.
BACKUPS = ADMINISTRATION
# The roles an administrator gives a new account, or changes one to.
OFFERED_ROLES = (UserRole.CLERK, UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.VIEWER,
                 UserRole.ADMIN)


def refused(actor: Actor, refusal: Forbidden) -> Forbidden:
    """``refusal`` naming ``actor``: the unit of work it ends is rolled back, and the refusal
    then goes to the audit trail on its own (``audit.record_refusal``), with the service that
    asked (the function that called the check)."""
    refusal.actor = actor  # type: ignore[attr-defined]
    frame = sys._getframe(1)
    # the service: past the checks that called this (``require…``, a module's ``_may…``)
    while frame.f_back is not None and frame.f_code.co_name.startswith(("require", "_may")):
        frame = frame.f_back
    refusal.what = frame.f_code.co_name  # type: ignore[attr-defined]
    return refusal


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
        raise refused(actor, Forbidden("Only the commander may publish or withdraw a duty "
                                       "roster, or set the rules of duty."))


def directive_steps(actor: Actor | None,
                    statuses: Collection[DirectiveStatus]) -> dict[str, bool]:
    """What ``actor`` may do with the directives chosen on the board, in ``statuses`` (empty:
    none chosen). A follow-up takes any number at once; a carry-over to a later sitting only
    directives still open. Which status a follow-up may set is the follow-up's own rule
    (``desktop.services.directives.next_statuses``)."""
    chosen = bool(statuses)
    still_open = chosen and all(s in (DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS)
                                for s in statuses)
    return {
        "follow_up": may(actor, FOLLOW_UP) and chosen,
        "carry": may(actor, MINUTES) and still_open,
        "history": actor is not None and len(statuses) == 1,
        "print": actor is not None,
        "excel": actor is not None,
    }


def require_follow_up(actor: Actor) -> None:
    if not actor.can(*FOLLOW_UP):
        raise refused(actor, Forbidden("Your role may not follow up directives; the "
                                       "commander, the staff officer and the operator record "
                                       "their follow-up."))


def user_steps(actor: Actor | None, *, active: bool | None, itself: bool = False
               ) -> dict[str, bool]:
    """What ``actor`` may do in the users view, for a user who is ``active`` (None: no user
    chosen); ``itself`` when the chosen user is the actor. The last active administrator's
    demotion or deactivation is refused by the service, which alone can count them."""
    manages = may(actor, ADMINISTRATION)
    chosen = active is not None
    return {
        "add": manages,
        "role": manages and chosen,
        "reset_password": manages and chosen,
        "deactivate": manages and active is True and not itself,
        "activate": manages and active is False,
        "settings": manages,
    }


def require_admin(actor: Actor) -> None:
    if not actor.can(*ADMINISTRATION):
        raise refused(actor, Forbidden("Only an administrator may manage users and the "
                                       "room's settings."))


def backup_steps(actor: Actor | None) -> dict[str, bool]:
    """What ``actor`` may do on the settings' backups page."""
    manages = may(actor, BACKUPS)
    return {"list": manages, "backup": manages, "restore": manages}


def require_backups(actor: Actor) -> None:
    if not actor.can(*BACKUPS):
        raise refused(actor, Forbidden("Only an administrator may back up or restore the "
                                       "database."))


def require_audit(actor: Actor) -> None:
    if not actor.can(*AUDIT):
        raise refused(actor, Forbidden("Only an administrator or the commander may read the "
                                       "audit trail."))


def require(actor: Actor, roles: tuple[UserRole, ...]) -> None:
    if actor.can(*roles):
        return
    if roles == REGISTRY:
        raise refused(actor, Forbidden("Your role may not change the registry of people and "
                                       "organisations."))
    if roles == DOCUMENTS:
        raise refused(actor, Forbidden("Your role may not issue or void document numbers."))
    raise refused(actor, Forbidden("Your role may not plan the deployment: elections, "
                                   "centres and posts, shifts, detachments, vehicles and "
                                   "assignments."))
