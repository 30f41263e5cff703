"""What the program remembers between runs, kept in the one settings file of ``desktop.settings``.

The language, the database URL and the window's preferences (last area, last folder, the
Reports area's last choices, window geometry) live side by side in ``settings.json``; each
write reads the file again so that one key never overwrites another.
"""

from __future__ import annotations

from typing import Any

from desktop import i18n, settings

LANGUAGE = "language"
PREFERENCES = "preferences"
DATABASE = "database_url"


def _update(*, replace_unreadable: bool = False, **values: Any) -> None:
    """Change some settings and keep the rest. A settings file that cannot be read is left as
    it is (a window preference is then not saved): writing over it would drop the database
    address it may hold, and the next start would open an empty local database instead of
    refusing. Only a database chosen in the settings page replaces it."""
    try:
        current = settings.load(strict=True)
    except settings.SettingsUnreadable:
        if not replace_unreadable:
            return
        current = {}
    for key, value in values.items():
        if value is None:
            current.pop(key, None)
        else:
            current[key] = value
    settings.save(current)


def saved_language() -> str | None:
    lang = settings.load().get(LANGUAGE)
    return lang if lang in i18n.LANGUAGES else None


def save_language(lang: str) -> None:
    if lang not in i18n.LANGUAGES:
        raise ValueError(lang)
    _update(language=lang)


def load_preferences() -> dict[str, Any]:
    values = settings.load().get(PREFERENCES)
    return dict(values) if isinstance(values, dict) else {}


def save_preferences(preferences: dict[str, Any]) -> None:
    _update(preferences=preferences)


def saved_database_url() -> str | None:
    return settings.load().get(DATABASE)


def save_database_url(url: str | None) -> None:
    """None goes back to the default SQLite file; applied at the next start."""
    _update(replace_unreadable=True, database_url=url or None)
