"""Who signs and who logs in: the issuing offices with their letterheads, and the users."""

from __future__ import annotations

from desktop.demo.loader import Loader, existing
from desktop.demo.maysan import World
from desktop.models import IssuingOffice, User, UserRole

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
    """The four roles of the demo; passwords are set on first use, not shipped. Without the
    seed set's world (the national set) the accounts name no person."""
    wanted = (
        ("admin", "مدير النظام", UserRole.ADMIN, None),
        ("clerk", "كاتب المحضر", UserRole.CLERK, None),
        ("commander", "العميد الركن سعد علي حربيه", UserRole.COMMANDER, "harbiya"),
        ("staff", "ضابط الركن", UserRole.STAFF_OFFICER, "ops_maysan"),
    )
    taken = existing(loader.session, User.username, [w[0] for w in wanted])
    users = {}
    for username, display, role, person in wanted:
        if username in taken:
            continue
        users[username] = loader.add("users", User(
            username=username, display_name=display, role=role, password_hash=None,
            person_id=world.people[person].id if person and world else None))
    loader.session.flush()
    loader.step("Offices and users")
    return users
