"""The editor's state as plain JSON-ready data, and back: what the draft journal stores.

Generic over the meetings service's input dataclasses (their type hints say how to rebuild each
field), so a field the core adds later round-trips without a change here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    return value


def _options(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(a for a in typing.get_args(hint) if a is not type(None))
    return (hint,)


def _rebuild(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    for option in _options(hint):
        origin = typing.get_origin(option)
        if origin in (list, tuple) and isinstance(value, list):
            (item_hint, *_rest) = typing.get_args(option) or (Any,)
            return [_rebuild(item_hint, item) for item in value]
        if isinstance(option, type):
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return from_plain(option, value)
            if issubclass(option, Enum):
                return option(value)
            if issubclass(option, datetime) and isinstance(value, str):
                return datetime.fromisoformat(value)
            if issubclass(option, date) and isinstance(value, str):
                return date.fromisoformat(value)
    return value


def from_plain(cls: type, data: dict[str, Any]) -> Any:
    """An instance of dataclass ``cls`` from ``to_plain`` output; unknown keys are ignored."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    return cls(**{name: _rebuild(hints[name], value) for name, value in data.items()
                  if name in names})
