"""The program's own settings writes never destroy a settings file it cannot read."""

from __future__ import annotations

from desktop import settings
from ui.settings import store


def test_an_unreadable_settings_file_is_left_as_it_is(monkeypatch, tmp_path):
    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    broken = '{"database_url": "postgresql+psycopg://room@server/ghurfa",}'
    settings.config_file().write_text(broken, encoding="utf-8")
    store.save_preferences({"last_area": "home"})
    store.save_language("en")
    assert settings.config_file().read_text(encoding="utf-8") == broken


def test_a_database_chosen_in_the_settings_page_replaces_it(monkeypatch, tmp_path):
    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    settings.config_file().write_text("[1, 2", encoding="utf-8")
    store.save_database_url("sqlite:///room.sqlite3")
    assert settings.load(strict=True) == {"database_url": "sqlite:///room.sqlite3"}


def test_readable_settings_keep_what_is_not_changed(monkeypatch, tmp_path):
    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    store.save_database_url("sqlite:///room.sqlite3")
    store.save_language("en")
    assert settings.load() == {"database_url": "sqlite:///room.sqlite3", "language": "en"}
