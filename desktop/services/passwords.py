"""Passwords: how they are hashed, checked and upgraded, and which ones are refused.

Hashed with argon2id (argon2-cffi) at OWASP's floor of 19 MiB of memory, 2 passes, 1 lane;
the parameters and the salt are written into the stored string (``$argon2id$v=19$m=19456,
t=2,p=1$salt$hash``), so raising them later still checks the older hashes, and
``needs_upgrade`` tells which to hash again at the next sign-in. The hashes of earlier
versions (scrypt, ``scrypt$salt$digest`` with N=2^14, r=8, p=1, parameters not stored) are
still checked, and upgraded the same way.

A password is refused when shorter than 8 characters or longer than 1,024 (a pass-phrase of a
few sentences is welcome; a pasted document is a slip), when it is the user's own name, and
when it is among the 10,000 commonest passwords (``resources/passwords``) or the demo's, which
the README publishes. It is compared as typed, lower-cased, with Arabic-Indic digits read as
digits, and as it would have been typed with the keyboard on English: «حشسسصخقي» is
«password» typed on an Arabic layout.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import unicodedata
from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import hash_secret

from desktop.services.errors import Invalid

TIME_COST = 2
MEMORY_KIB = 19 * 1024
LANES = 1
HASH_BYTES = 32
SALT_BYTES = 16
SHORTEST = 8  # characters
LONGEST = 1024  # characters
HASHER = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=LANES,
                        hash_len=HASH_BYTES, salt_len=SALT_BYTES, type=Type.ID)

_SCRYPT = "scrypt$"
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
# What the program's own name and the demo suggest; the demo's passwords are published.
_OURS = ("ghurfa123", "ghurfa1234", "ghurfa12345", "password1", "mudir-2010",
         "qaid-2010", "rukn-2010", "kateb-2010", "mushahid-2010")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# The keys of the Arabic (101) layout, read as the English letters under them.
_ARABIC_KEYS = str.maketrans({
    "ض": "q", "ص": "w", "ث": "e", "ق": "r", "ف": "t", "غ": "y", "ع": "u", "ه": "i",
    "خ": "o", "ح": "p", "ج": "[", "د": "]", "ش": "a", "س": "s", "ي": "d", "ب": "f",
    "ل": "g", "ا": "h", "ت": "j", "ن": "k", "م": "l", "ك": ";", "ط": "'", "ئ": "z",
    "ء": "x", "ؤ": "c", "ر": "v", "ى": "n", "ة": "m", "و": ",", "ز": ".", "ظ": "/",
    "ذ": "`",
})
_dummy_lock = threading.Lock()


def _bytes(password: str) -> bytes:
    """A password's bytes; a lone surrogate pasted into it is kept, not a crash (it is never
    stored, only hashed)."""
    return password.encode("utf-8", "surrogatepass")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """The string to store. ``salt`` is for the demo alone, whose rows must be the same on
    every load (its passwords are published anyway); everyone else gets a random one."""
    if salt is None:
        return HASHER.hash(_bytes(password))
    return hash_secret(_bytes(password), salt, time_cost=TIME_COST, memory_cost=MEMORY_KIB,
                       parallelism=LANES, hash_len=HASH_BYTES, type=Type.ID).decode()


def check_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (argon2id, or the older
    scrypt); False for no hash or a damaged one."""
    if not stored:
        return False
    if stored.startswith(_SCRYPT):
        return _check_scrypt(password, stored)
    try:
        return HASHER.verify(stored, _bytes(password))
    except (VerificationError, InvalidHashError):
        return False


def _check_scrypt(password: str, stored: str) -> bool:
    try:
        _, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(_bytes(password), salt=base64.b64decode(salt),
                                   n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
        return hmac.compare_digest(candidate, base64.b64decode(digest))
    except ValueError:
        return False


def needs_upgrade(stored: str) -> bool:
    """Whether a hash that has just let someone in should be made again: scrypt, or argon2
    with other parameters than today's."""
    if stored.startswith(_SCRYPT):
        return True
    try:
        return HASHER.check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True


def scheme(stored: str) -> str:
    """The kind of a stored hash, for the trail: «scrypt» or «argon2id»."""
    return "scrypt" if stored.startswith(_SCRYPT) else stored.split("$")[1]


@cache
def _dummy_hash() -> str:
    with _dummy_lock:
        return HASHER.hash(secrets.token_urlsafe(24))


def check_dummy(password: str) -> None:
    """The work of checking a password, for a name nobody has (or a user with no password):
    the answer comes as late as for a user's wrong password, so the time it takes does not
    tell which names exist."""
    check_password(password, _dummy_hash())


def prepare() -> None:
    """Make the dummy hash before the first try of any name, known or not, so that no first
    try of an unknown name is the one slower by a hashing."""
    _dummy_hash()


@cache
def common_passwords() -> frozenset[str]:
    """The 10,000 commonest passwords (in lower case) and the program's own."""
    from resources import path

    with open(path("passwords", "common.txt"), encoding="utf-8") as listed:
        words = {line.strip().lower() for line in listed if line.strip()}
    return frozenset(words | set(_OURS))


def _forms(password: str) -> set[str]:
    """The ways a password is compared with the list."""
    plain = unicodedata.normalize("NFKC", password).lower().translate(_DIGITS)
    keyed = plain.translate(_ARABIC_KEYS)
    # «لا» is one key (b) on the Arabic layout, as well as ل then ا (g, h)
    return {plain, keyed, plain.replace("لا", "b").translate(_ARABIC_KEYS)}


def refuse_weak(password: str | None, username: str = "") -> str:
    """``password`` if it may be a password; else the reason, as an ``Invalid``."""
    password = password or ""
    if len(password) < SHORTEST:
        raise Invalid("A password needs at least 8 characters.")
    if len(password) > LONGEST:
        raise Invalid("A password may have at most {limit} characters.", limit=LONGEST)
    forms = _forms(password)
    if username and username.lower() in forms:
        raise Invalid("A password may not be the username.")
    if forms & common_passwords():
        raise Invalid("This password is among the commonest ones, which are tried first: "
                      "choose another (a few words you will remember make a good one).")
    return password
