"""What the database's refusals mean to the user: the driver's report turned into a domain
error in the user's language (a clash, a busy or lost database, a file that cannot be opened),
so no driver text or traceback reaches a clerk. The driver's own line is kept only for a cause
not foreseen here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import UniqueConstraint
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from desktop.services.errors import Conflict, DatabaseUnavailable, DomainError, Term

if TYPE_CHECKING:
    from desktop.storage.database import Database

def failed_unit(db: Database, error: Exception) -> DomainError | None:
    """What a failed unit of work means to the user; None for a fault of the program."""
    if isinstance(error, StaleDataError):
        return Conflict("Someone else changed this record while you were editing it; "
                        "reload it and try again.")
    if isinstance(error, IntegrityError):
        return _kept(error) or _clash(error)
    if not isinstance(error, DBAPIError):
        return None
    if error.connection_invalidated:
        return _lost(db)
    if not isinstance(error, OperationalError):
        return None
    if db.is_sqlite:
        cause = _sqlite_cause(error)
        if cause in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return _busy()
        if cause == "SQLITE_FULL":
            return _disk_full()
        if cause == "SQLITE_READONLY":
            return DatabaseUnavailable(
                "The database file {file} may only be read: the file or its folder is "
                "read-only. Nothing was saved.", file=str(db.file or ":memory:"))
        if cause in ("SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTADB"):
            return DatabaseUnavailable(
                "The database file {file} could not be written and may be damaged; nothing "
                "was saved. Run ghurfa check.", file=str(db.file or ":memory:"))
    else:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state.startswith("40") or state == "55P03":  # deadlock, serialisation, lock
            return _busy()
        if state.startswith("08") or state.startswith("57P"):
            return _lost(db)
        if state == "53100":
            return _disk_full()
    return DatabaseUnavailable(
        "The database {name} refused the change, and nothing was saved: {reason}",
        name=db.describe(), reason=_first_line(error))


def failed_read(db: Database, error: DBAPIError) -> DomainError | None:
    """What a failed read means to the user: a lost connection or a damaged file."""
    if error.connection_invalidated or (
            not db.is_sqlite and isinstance(error, OperationalError)):
        return DatabaseUnavailable(
            "The connection to the database {name} was lost. Check the network and the "
            "server, then try again.", name=db.describe())
    if db.is_sqlite and _sqlite_cause(error) in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return _damaged(str(db.file or ":memory:"))
    return None


def _first_line(error: DBAPIError) -> str:
    text = str(error.orig or error).strip()
    return text.splitlines()[0] if text else type(error.orig).__name__


# SQLite's result codes, by the words of its messages, for drivers that give no code.
_SQLITE_WORDS = {
    "database is locked": "SQLITE_BUSY",
    "database table is locked": "SQLITE_LOCKED",
    "file is not a database": "SQLITE_NOTADB",
    "database disk image is malformed": "SQLITE_CORRUPT",
    "unable to open database file": "SQLITE_CANTOPEN",
    "readonly database": "SQLITE_READONLY",
    "database or disk is full": "SQLITE_FULL",
    "disk i/o error": "SQLITE_IOERR",
}


def _sqlite_cause(error: DBAPIError) -> str | None:
    """SQLite's primary result code (``SQLITE_BUSY``…) of a refusal."""
    name = getattr(error.orig, "sqlite_errorname", None)
    if name:
        return "_".join(name.split("_")[:2])  # SQLITE_BUSY_SNAPSHOT is SQLITE_BUSY
    text = str(error.orig).lower()
    return next((code for words, code in _SQLITE_WORDS.items() if words in text), None)


def _busy() -> Conflict:
    return Conflict("The database is busy: another workstation or program is writing to it; "
                    "nothing was saved. Try again in a moment.")


def _lost(db: Database) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "The connection to the database {name} was lost; nothing was saved. Check the network "
        "and the server, then try again.", name=db.describe())


def _damaged(file: str) -> DatabaseUnavailable:
    return DatabaseUnavailable("The database file {file} is damaged; restore a saved copy of it.",
                               file=file)


def _disk_full() -> DatabaseUnavailable:
    return DatabaseUnavailable("The disk that holds the database is full; nothing was saved. "
                               "Free some space, then try again.")


def unreachable(db: Database, error: DBAPIError) -> DatabaseUnavailable:
    """Why the database cannot be opened, in words the user can act on; the driver's own line
    only for a cause not foreseen here."""
    if db.is_sqlite:
        file = str(db.file or ":memory:")
        cause = _sqlite_cause(error)
        if cause == "SQLITE_NOTADB":
            return DatabaseUnavailable(
                "The file {file} is not a Ghurfa database, or it is damaged or encrypted.",
                file=file)
        if cause == "SQLITE_CORRUPT":
            return _damaged(file)
        if cause == "SQLITE_CANTOPEN":
            return DatabaseUnavailable(
                "The database file {file} cannot be opened: check that its folder exists and "
                "may be written.", file=file)
        if cause == "SQLITE_READONLY":
            return DatabaseUnavailable(
                "The database file {file} may only be read; Ghurfa must be able to write to "
                "it and to its folder.", file=file)
        if cause in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return DatabaseUnavailable(
                "The database file {file} is busy: another workstation or program is writing "
                "to it. Try again in a moment.", file=file)
    else:
        refusal = _server_refusal(db, error)
        if refusal is not None:
            return refusal
    return DatabaseUnavailable("The database {name} cannot be reached: {reason}",
                               name=db.describe(), reason=_first_line(error))


def _server_refusal(db: Database, error: DBAPIError) -> DatabaseUnavailable | None:
    """PostgreSQL's usual refusals, by SQLSTATE where the driver gives one (it does not for a
    failed connection), else by libpq's words."""
    from desktop.storage import database

    state = getattr(error.orig, "sqlstate", None) or ""
    text = str(error.orig).lower()
    host = db.url.host or "localhost"
    server = f"{host}:{db.url.port or 5432}"
    user = db.url.username or ""
    if state == "3D000" or ("database \"" in text and "does not exist" in text):
        return DatabaseUnavailable("The server {server} holds no database named {database}.",
                                   server=server, database=db.url.database or "")
    if state == "28P01" or "password authentication failed" in text or (
            "no password supplied" in text):
        return DatabaseUnavailable(
            "The server {server} refused the user {user}: the password is wrong or missing.",
            server=server, user=user)
    if "no pg_hba.conf entry" in text:
        return DatabaseUnavailable(
            "The server {server} does not admit this workstation or the user {user}; its "
            "administrator must allow them.", server=server, user=user)
    if state == "28000" or ("role \"" in text and "does not exist" in text):
        return DatabaseUnavailable("The server {server} knows no user named {user}.",
                                   server=server, user=user)
    if "timeout expired" in text or type(error.orig).__name__ == "ConnectionTimeout":
        return DatabaseUnavailable(
            "The server {server} did not answer within {seconds} seconds.", server=server,
            seconds=database.CONNECT_TIMEOUT)
    if "connection refused" in text or ("socket" in text and "no such file" in text):
        return DatabaseUnavailable(
            "No database server answers at {server}: check the address and that the server "
            "is running.", server=server)
    if "failed to resolve host" in text or "could not translate host name" in text:
        return DatabaseUnavailable(
            "The server name {host} cannot be found; check the address.", host=host)
    return None


# What a clash on each unique constraint or index means to the user, by constraint name
# (PostgreSQL reports it) and by its columns (SQLite reports those).
_CLASHES = {
    "uq_people_force_id_service_number": Term("Service number"),
    "uq_people_service_number_without_force": Term("Service number"),
    "uq_assignments_shift_person": Term("Person in this shift"),
    "uq_assignments_shift_vehicle": Term("Vehicle in this shift"),
    "uq_assignments_shift_detachment": Term("Detachment in this shift"),
    "uq_assignments_shift_centre_commander": Term("Centre commander in this shift"),
    "uq_centres_code": Term("Commission code"),
    "uq_vehicles_plate": Term("Plate"),
    "uq_areas_code": Term("Code"),
    "uq_users_username": Term("Username"),
    "uq_ranks_name_ar": Term("Rank"),
    "uq_issuing_offices_code": Term("Code"),
    "uq_shifts_election_id_on_date_label": Term("Shift"),
    "uq_election_phases_election_id_kind": Term("Phase"),
    "uq_document_numbers_office_id_year_sequence": Term("Document number"),
    "uq_attendances_meeting_id_person_id": Term("Attendee"),
}


def _constraint_of(error: IntegrityError) -> tuple[str, str | None]:
    """(kind, constraint name) of a refusal: kind is unique, reference or other."""
    orig = error.orig
    state = getattr(orig, "sqlstate", None)
    if state is not None:  # PostgreSQL
        name = getattr(getattr(orig, "diag", None), "constraint_name", None)
        return {"23505": "unique", "23503": "reference"}.get(state, "other"), name
    text = str(orig)
    if text.startswith("UNIQUE constraint failed: "):
        return "unique", _sqlite_index(text.removeprefix("UNIQUE constraint failed: "))
    if text.startswith("FOREIGN KEY constraint failed"):
        return "reference", None
    return "other", None


def _sqlite_index(columns: str) -> str | None:
    """The unique constraint or index SQLite means by «table.a, table.b»."""
    from desktop.models import Base

    named = [c.strip().split(".", 1) for c in columns.split(",")]
    if not named or any(len(n) != 2 for n in named):
        return None
    table = Base.metadata.tables.get(named[0][0])
    wanted = [n[1] for n in named]
    if table is None:
        return None
    unique = [i for i in table.indexes if i.unique]
    unique += [c for c in table.constraints if isinstance(c, UniqueConstraint)]
    for item in unique:
        if [c.name for c in item.columns] == wanted:
            return item.name
    return None


def _kept(error: IntegrityError) -> Conflict | None:
    """PostgreSQL's triggers of what is fixed once approved, published or issued (migration
    0013): SQLSTATE 23001 with a message beginning «ghurfa:»."""
    if getattr(error.orig, "sqlstate", None) == "23001" and str(error.orig).startswith(
            "ghurfa:"):
        return Conflict("The database keeps what was approved, published or issued as it is: "
                        "it refused the change, and nothing was saved.")
    return None


def _clash(error: IntegrityError) -> Conflict:
    kind, name = _constraint_of(error)
    if kind == "unique":
        what = _CLASHES.get(name or "")
        if what is not None:
            return Conflict("This record clashes with one saved meanwhile: the same {what} is "
                            "already recorded. Reload and check before saving again.", what=what)
        return Conflict("This record clashes with one saved meanwhile. Reload and check before "
                        "saving again.")
    if kind == "reference":
        return Conflict("This record names another that does not exist or was removed "
                        "meanwhile, or is still named by other records and cannot be removed.")
    return Conflict("The database refused the change: {reason}", reason=_first_line(error))
