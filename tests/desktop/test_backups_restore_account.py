"""A restore by an administrator the backup predates: done, and recorded in the restored trail
by name (the restored data has no account to point at); who is who after it."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import AuditEntry, UserRole
from desktop.services import backups as service
from desktop.services.accounts import create_user, set_active
from desktop.services.actor import SYSTEM, Actor, actor_for


def _admin(db, name: str) -> Actor:
    with db.session() as session:
        create_user(session, SYSTEM, name, name, UserRole.ADMIN, password=None)
    with db.reader() as session:
        return actor_for(session, name)


def test_a_restore_by_an_account_the_backup_predates_is_done_and_audited_by_name(sqlite_db):
    first = _admin(sqlite_db, "first_admin")
    saved = service.back_up_now(sqlite_db, first)
    later = _admin(sqlite_db, "later_admin")  # made after the backup
    done = service.restore_backup(sqlite_db, later, saved)  # no foreign key to refuse it
    assert done.kept_aside is not None and done.kept_aside.exists()
    with sqlite_db.reader() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.username, entry.user_id) == ("restore", "later_admin", None)
    assert service.account_after_restore(sqlite_db, later) is None  # nobody there
    assert service.account_after_restore(sqlite_db, first) == first


def test_the_account_after_a_restore_is_the_same_id_and_name_and_active(sqlite_db):
    admin = _admin(sqlite_db, "the_admin")
    other = _admin(sqlite_db, "other_admin")
    assert service.account_after_restore(sqlite_db, Actor(admin.user_id, "renamed",
                                                          admin.role)) is None
    with sqlite_db.session() as session:
        set_active(session, admin, other.user_id, False)
    assert service.account_after_restore(sqlite_db, other) is None  # deactivated there
    assert service.account_after_restore(sqlite_db, Actor(None, "the_admin", admin.role)) is None
    assert service.account_after_restore(sqlite_db, admin) == admin
