"""The seed set: Maysan and Dhi Qar as the seed texts describe them, in reproducible detail."""

from __future__ import annotations

from sqlalchemy import select

from desktop.demo.deployment import build_deployment, build_elections, build_incidents
from desktop.demo.fingerprint import seal
from desktop.demo.loader import Loader
from desktop.demo.maysan import World, build_ground
from desktop.demo.meetings import MAYSAN_SUBJECT, build_dhi_qar_conference, build_maysan_meeting
from desktop.demo.offices import build_offices, build_users
from desktop.models import Meeting
from desktop.services.errors import Conflict


class SeedSet:
    steps = 11

    def build(self, loader: Loader) -> None:
        if loader.session.scalar(select(Meeting.id).where(Meeting.subject == MAYSAN_SUBJECT)):
            # The seed set names real people and minutes: a second copy would give the room
            # two of each, where --force is meant to add the demo beside other data.
            raise Conflict("The demo data of the source texts is already in this database; "
                           "nothing was added.")
        world = World()
        build_ground(loader, world)
        build_offices(loader, world)
        users = build_users(loader, world)
        provincial, parliamentary = build_elections(loader)
        build_deployment(loader, world, provincial, parliamentary)
        build_incidents(loader, world, provincial, parliamentary)
        approved = build_maysan_meeting(loader, world, provincial, users)
        build_dhi_qar_conference(loader, world, parliamentary)
        seal(loader.session, approved)
        loader.step("Meetings")
