"""``ghurfa user add`` and ``ghurfa user list``: the password comes from the terminal or standard
input, never from the command line."""

from __future__ import annotations

import argparse
import io
import json

import pytest
from sqlalchemy import select

from desktop.cli import build_parser, main, users
from desktop.models import AuditEntry, User, UserRole
from desktop.services import passwords, signin
from desktop.storage.database import Database


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'users.sqlite3'}"


def _add(monkeypatch, url: str, *argv: str, stdin: str = "a long and quiet evening\n") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--lang", "en", "--db", url, "user", "add", *argv])


def test_no_option_of_the_command_takes_a_password():
    parser = build_parser(commands=False)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    actions = next(a for a in sub.choices["user"]._actions
                   if isinstance(a, argparse._SubParsersAction))
    add = actions.choices["add"]
    named = [option for action in add._actions for option in action.option_strings]
    positional = [action.dest for action in add._actions if not action.option_strings]
    assert not [option for option in named if "pass" in option.lower()]
    assert positional == ["name"]


def test_a_password_given_as_an_argument_is_misuse_and_adds_nobody(monkeypatch, url, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("never read\n"))
    assert main(["--lang", "en", "--db", url, "user", "add", "boss", "--role", "admin",
                 "--password", "a long and quiet evening"]) == 2
    assert "--password" in capsys.readouterr().err
    assert _add(monkeypatch, url, "boss", "--role", "admin", "a long and quiet evening") == 2
    capsys.readouterr()
    assert main(["--lang", "en", "--db", url, "user", "list", "--json"]) == 1
    assert "no database" in capsys.readouterr().err  # not even opened: nobody was added


def test_the_password_is_read_from_standard_input_and_the_user_signs_in(monkeypatch, url,
                                                                       capsys):
    assert _add(monkeypatch, url, "Boss", "--role", "admin", "--display-name", "المدير",
                stdin="  spaces kept, a long one  \n") == 0
    assert "boss" in capsys.readouterr().out
    db = Database(url)
    try:
        with db.reader() as session:
            user = session.scalars(select(User)).one()
            assert (user.username, user.display_name, user.role) == ("boss", "المدير",
                                                                     UserRole.ADMIN)
            assert user.password_hash.startswith("$argon2id$")
            entry = session.scalars(select(AuditEntry)).one()
            assert entry.action == "create" and entry.username == "command line"
        assert signin.sign_in(db, "boss", "  spaces kept, a long one  ").username == "boss"
    finally:
        db.dispose()


def test_at_a_terminal_the_password_is_typed_twice_unseen(monkeypatch, url, capsys):
    asked: list[str] = []
    typed = iter(["a long and quiet evening", "a long and quiet evenin"])
    monkeypatch.setattr(users.getpass, "getpass",
                        lambda prompt: asked.append(prompt) or next(typed))
    monkeypatch.setattr("sys.stdin", _Terminal(""))
    assert main(["--lang", "en", "--db", url, "user", "add", "boss", "--role", "admin"]) == 1
    assert len(asked) == 2 and "differ" in capsys.readouterr().err
    assert users.read_password(_Terminal(""), ask=lambda _prompt: "same twice, long") \
        == "same twice, long"


def test_weak_passwords_and_a_first_user_who_is_no_administrator_are_refused(monkeypatch, url,
                                                                           capsys):
    assert _add(monkeypatch, url, "clerk", "--role", "clerk") == 1
    assert "administrator" in capsys.readouterr().err
    assert _add(monkeypatch, url, "boss", "--role", "admin", stdin="password\n") == 1
    assert "commonest" in capsys.readouterr().err
    assert _add(monkeypatch, url, "boss", "--role", "admin", stdin="") == 1
    assert "8" in capsys.readouterr().err
    assert _add(monkeypatch, url, "boss", "--role", "operator") == 2  # not offered
    assert _add(monkeypatch, url, "boss", "--role", "admin") == 0
    assert _add(monkeypatch, url, "boss", "--role", "viewer") == 1  # the name is taken
    assert "taken" in capsys.readouterr().err


def test_the_list_names_roles_and_who_cannot_sign_in(monkeypatch, url, capsys):
    assert _add(monkeypatch, url, "boss", "--role", "admin") == 0
    assert _add(monkeypatch, url, "chief", "--role", "commander") == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", url, "user", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["boss\tAdministrator\tboss", "chief\tCommander\tchief"]
    assert main(["--lang", "en", "--db", url, "user", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(u["username"], u["role"], u["active"]) for u in listed] == [
        ("boss", "admin", True), ("chief", "commander", True)]
    assert not any("hash" in key and key != "has_password" for u in listed for key in u)
    assert passwords.SHORTEST == 8


def test_starting_the_program_builds_no_command_and_imports_no_orm():
    """The window waits for the command line: building the commands' parsers imported the
    users' roles and SQLAlchemy's ORM with them, a third of a second before the window."""
    import subprocess
    import sys

    code = ("import sys\nfrom desktop.cli import _starts_program, build_parser\n"
            "argv = ['--db', 'sqlite://', '--demo']\n"
            "assert _starts_program(argv)\n"
            "args = build_parser(commands=False, program=True).parse_args(argv)\n"
            "print(args.command, 'sqlalchemy.orm' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.split() == ["None", "False"]
