"""Who signs and who logs in: the issuing offices with their letterheads, and the users."""

from __future__ import annotations

from desktop.demo.accounts import ACCOUNTS, demo_hash
from desktop.demo.loader import STAMP, Loader, existing
from desktop.demo.maysan import World
from desktop.models import IssuingOffice, User
from desktop.services.room_settings import mark_demo

_OFFICES = (
    ("maysan_ops", "ق ش م/ع", "غرفة عمليات قيادة شرطة ميسان",
     "جمهورية العراق\nوزارة الداخلية\nقيادة شرطة ميسان\nغرفة العمليات",
     "Republic of Iraq\nMinistry of Interior\nMaysan Police Command\nOperations Room", "ميسان"),
    ("dhiqar", "م ع ش ذ ق", "المديرية العامة لشرطة محافظة ذي قار",
     "جمهورية العراق\nوزارة الداخلية\nالمديرية العامة لشرطة محافظة ذي قار\nغرفة العمليات",
     "Republic of Iraq\nMinistry of Interior\nDhi Qar Police General Directorate\n"
     "Operations Room", "الناصرية"),
    ("ihec_maysan", "م م ميسان", "مكتب مفوضية الانتخابات في ميسان",
     "جمهورية العراق\nالمفوضية العليا المستقلة للانتخابات\nمكتب مفوضية الانتخابات في ميسان",
     "Republic of Iraq\nIndependent High Electoral Commission\nIHEC Maysan Office", "ميسان"),
)


def build_offices(loader: Loader, world: World) -> None:
    taken = existing(loader.session, IssuingOffice.code, [o[1] for o in _OFFICES])
    for org, code, name, header, header_en, city in _OFFICES:
        if code not in taken:
            loader.add("issuing_offices", IssuingOffice(
                organisation=world.orgs[org], code=code, name=name, header_lines=header,
                header_lines_en=header_en, show_hijri=True, city=city))
    loader.session.flush()


def build_users(loader: Loader, world: World | None = None) -> dict[str, User]:
    """The demo's accounts, one for each role, with the passwords its sign-in shows; the
    database is marked as the demo's. Without the seed set's world (the national set) the
    accounts name no person."""
    taken = existing(loader.session, User.username, [a.username for a in ACCOUNTS])
    users = {}
    for account in ACCOUNTS:
        if account.username in taken:
            continue
        person = account.person
        users[account.username] = loader.add("users", User(
            username=account.username, display_name=account.display_name, role=account.role,
            password_hash=demo_hash(account.username),
            person_id=world.people[person].id if person and world else None))
    mark_demo(loader.session, "national" if world is None else "seed", STAMP)
    loader.session.flush()
    loader.step("Offices and users")
    return users
