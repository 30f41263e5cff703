"""The address of a room's server, as the settings keep it."""

from __future__ import annotations

from desktop.services.errors import DatabaseUnavailable
from desktop.storage.database import _masked, _parse

EXAMPLE = "postgresql+psycopg://user@host:5432/ghurfa"


def server_address(address: str) -> str:
    """A PostgreSQL address as the settings keep it, or DatabaseUnavailable saying why not.

    The settings page and the start's address dialog take a room's server only; the local
    file is their other choice, not an address to type."""
    address = address.strip()
    if not address:
        raise DatabaseUnavailable("Give the address of the room's PostgreSQL server, for "
                                  "example {example}.", misuse=True, example=EXAMPLE)
    if _parse(address).get_backend_name() != "postgresql":
        raise DatabaseUnavailable("{url} is not a PostgreSQL address; write for example "
                                  "{example}.", misuse=True, url=_masked(address),
                                  example=EXAMPLE)
    return address
