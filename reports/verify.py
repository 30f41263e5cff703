"""``ghurfa verify FILE.pdf``: is this printed copy of minutes the one that was approved?

The minutes PDF carries its fingerprint twice: in the document's keywords
(``ghurfa-fingerprint:<64 hex>``) and printed at the foot of every page. The keywords are read
from the file itself, so any machine can find the fingerprint; the printed line is the fallback,
through ``pdftotext``. The stored fingerprint is recomputed from the database, so a record
changed behind the program's back is reported rather than vouched for.

A fingerprint is easily copied onto a forged page, so the copy's content is checked too: its
text is compared with the text of the matched revision printed afresh by the same documents
code. Without ``pdftotext`` only the fingerprint can be checked, and the command says so.
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.cli.context import CliContext, t
from desktop.i18n import LANGUAGES
from desktop.models import Meeting
from desktop.services.minutes import FINGERPRINT_PREFIX
from desktop.storage.database import Database

MATCH, NO_MATCH, MISUSE = 0, 1, 2
SHOWN_CHARS = 120  # of a differing line, in the report
MAX_PDF_BYTES = 200 * 2**20  # a file from outside, read whole: minutes are some hundred KB
_KEYWORD = re.compile(re.escape(FINGERPRINT_PREFIX) + r"\s*([0-9a-fA-F]{64})")
_GROUPS = re.compile(r"((?:[0-9a-f]{8}[\s\u200e\u200f\u2066-\u2069]*){8})")
_KEYWORDS_KEY = re.compile(rb"/Keywords[\x00\t\n\x0c\r ]*")
_REFERENCE = re.compile(rb"(\d+)\s+(\d+)\s+R")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("verify", parents=[common],
                            help=t("check printed minutes against the approved record"))
    parser.add_argument("file", type=Path, metavar=t("FILE.pdf"))
    parser.set_defaults(handler=run)


# -- the fingerprint in the file ---------------------------------------------------------------

def _literal(data: bytes, at: int) -> bytes:
    """A PDF literal string starting at ``(``: nested parentheses, escapes, octal codes."""
    out = bytearray()
    depth, i = 1, at + 1
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= len(data):
                break
            c = data[i]
            if c in _ESCAPES:
                out += _ESCAPES[c]
            elif 0x30 <= c <= 0x37:
                digits = data[i:i + 3]
                n = 1
                while n < len(digits) and 0x30 <= digits[n] <= 0x37:
                    n += 1
                out.append(int(digits[:n], 8) & 0xFF)
                i += n - 1
            elif c == 0x0D:  # a backslash at the end of a line continues it
                if data[i + 1:i + 2] == b"\n":
                    i += 1
            elif c != 0x0A:
                out.append(c)
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                break
            out.append(c)
        else:
            out.append(c)
        i += 1
    return bytes(out)


def _hex(data: bytes, at: int) -> bytes:
    end = data.find(b">", at)
    digits = re.sub(rb"[^0-9a-fA-F]", b"", data[at + 1:end if end >= 0 else len(data)])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _string_at(data: bytes, at: int) -> bytes | None:
    if data[at:at + 1] == b"(":
        return _literal(data, at)
    if data[at:at + 1] == b"<" and data[at + 1:at + 2] != b"<":
        return _hex(data, at)
    return None


def decode_text_string(raw: bytes) -> str:
    """A PDF text string: UTF-16BE or UTF-8 after their byte order mark, else PDFDocEncoding
    (read as Latin-1, which agrees with it on every character a fingerprint uses)."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    return raw.decode("latin-1")


def keywords_in(data: bytes) -> list[str]:
    """Every ``/Keywords`` value in the file, written in place or as an indirect object."""
    found: list[str] = []
    for key in _KEYWORDS_KEY.finditer(data):
        at = key.end()
        raw = _string_at(data, at)
        reference = _REFERENCE.match(data, at) if raw is None else None
        if reference is not None:
            target = re.search(rb"(?<!\d)" + reference.group(1) + rb"\s+" + reference.group(2)
                               + rb"\s+obj[\x00\t\n\x0c\r ]*", data)
            raw = _string_at(data, target.end()) if target else None
        if raw is not None:
            found.append(decode_text_string(raw))
    return found


def fingerprints_in(pdf: Path, text: str | None) -> list[str]:
    """Fingerprints the file carries: its keywords first, then the printed footer."""
    found = [m.lower() for value in keywords_in(pdf.read_bytes())
             for m in _KEYWORD.findall(value)]
    if not found and text is not None:
        found = ["".join(re.findall(r"[0-9a-f]{8}", group))
                 for group in _GROUPS.findall(text.lower())]
    return list(dict.fromkeys(found))


# -- the content of the copy -------------------------------------------------------------------

def pdf_text(pdf: Path) -> str | None:
    """The text of the PDF through ``pdftotext``, or None where it is not installed."""
    program = shutil.which("pdftotext")
    if program is None:
        return None
    done = subprocess.run([program, "-q", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, timeout=120)
    return done.stdout.decode("utf-8", "replace")


def text_lines(text: str) -> list[str]:
    """Lines as compared: NFKC (Arabic presentation forms to letters), bidi marks dropped,
    spaces folded, empty lines left out."""
    lines = []
    for line in unicodedata.normalize("NFKC", text).splitlines():
        folded = " ".join(_INVISIBLE.sub("", line).split())
        if folded:
            lines.append(folded)
    return lines


@dataclass(frozen=True)
class Difference:
    line: int  # 1-based, in the copy's text
    copy: str
    approved: str


def first_difference(copy: list[str], approved: list[str]) -> Difference | None:
    for n, (mine, theirs) in enumerate(zip(copy, approved, strict=False), 1):
        if mine != theirs:
            return Difference(n, mine, theirs)
    if len(copy) == len(approved):
        return None
    n = min(len(copy), len(approved)) + 1
    return Difference(n, copy[n - 1] if n <= len(copy) else "",
                      approved[n - 1] if n <= len(approved) else "")


def approved_text(db: Database, meeting_id: int, lang: str) -> list[str]:
    """The lines of the approved minutes as the documents code prints them now."""
    from reports.documents.minutes import render_copy

    with tempfile.TemporaryDirectory(prefix="ghurfa-verify-") as folder:
        output = render_copy(db, meeting_id, Path(folder) / "approved.pdf", lang=lang)
        return text_lines(pdf_text(output) or "")


def compare(db: Database, meeting_id: int, copy: list[str]) -> Difference | None:
    """None when the copy reads as the approved minutes in one of the languages they print
    in; else the first difference from the closest of those prints."""
    differences: list[tuple[float, Difference]] = []
    for lang in LANGUAGES:
        approved = approved_text(db, meeting_id, lang)
        difference = first_difference(copy, approved)
        if difference is None:
            return None
        ratio = difflib.SequenceMatcher(None, copy, approved, autojunk=False).ratio()
        differences.append((ratio, difference))
    return max(differences, key=lambda pair: pair[0])[1]


def _shown(line: str) -> str:
    line = line or "—"
    return line if len(line) <= SHOWN_CHARS else line[:SHOWN_CHARS] + "…"


# -- the command -------------------------------------------------------------------------------

def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.models import User
    from desktop.services.minutes import find_by_fingerprint, seal_holds, superseded_by

    pdf: Path = args.file
    if not pdf.is_file():
        ctx.error(t("No such file: {file}", file=str(pdf)))
        return MISUSE
    if pdf.stat().st_size > MAX_PDF_BYTES:
        ctx.error(t("{file} is {size} MB; printed minutes are far smaller (at most {limit} MB "
                    "are read).", file=str(pdf), size=pdf.stat().st_size // 2**20,
                    limit=MAX_PDF_BYTES // 2**20))
        return MISUSE
    with pdf.open("rb") as handle:
        head = handle.read(5)
    if head != b"%PDF-":
        ctx.error(t("{file} is not a PDF document.", file=str(pdf)))
        return MISUSE
    text = pdf_text(pdf)
    carried = fingerprints_in(pdf, text)
    if not carried:
        ctx.say("{file} carries no minutes fingerprint: it is not approved minutes printed "
                "by Ghurfa, or the fingerprint cannot be read.", file=pdf.name)
        return NO_MATCH
    with ctx.db.reader() as session:
        meeting: Meeting | None = None
        for value in carried:
            meeting = find_by_fingerprint(session, value)
            if meeting is not None:
                break
        if meeting is None:
            ctx.say("NO MATCH: the fingerprint {fingerprint} printed on this copy belongs to "
                    "no approved minutes in this database.", fingerprint=carried[0][:16])
            return NO_MATCH
        if not seal_holds(meeting):
            ctx.say("WARNING: the approved record of meeting {id} no longer matches its "
                    "fingerprint; the database was changed after approval.", id=meeting.id)
            return NO_MATCH
        approver = session.get(User, meeting.approved_by_id) if meeting.approved_by_id \
            else None
        newer = superseded_by(session, meeting)
        meeting_id, revision, subject = meeting.id, meeting.revision, meeting.subject
        approved_on = meeting.approved_at.strftime("%Y-%m-%d %H:%M") \
            if meeting.approved_at else "-"
        who = approver.display_name if approver else "-"
        correction = (newer.revision, newer.id) if newer is not None else None
    if text is not None:
        difference = compare(ctx.db, meeting_id, text_lines(text))
        if difference is not None:
            ctx.say("NO MATCH: this copy carries the fingerprint of the approved minutes of "
                    "meeting {id}, revision {revision}, but its content differs from them.",
                    id=meeting_id, revision=revision)
            ctx.say("First difference, at line {line} of its text:", line=difference.line)
            ctx.say("This copy: {line}", line=_shown(difference.copy))
            ctx.say("Approved: {line}", line=_shown(difference.approved))
            return NO_MATCH
    ctx.say("MATCH: this copy is the approved minutes of meeting {id}, revision {revision}: "
            "{subject}", id=meeting_id, revision=revision, subject=subject)
    ctx.say("Approved on {when} by {who}.", when=approved_on, who=who)
    if text is None:
        ctx.say("Only the fingerprint was checked, not the content: pdftotext (poppler-utils) "
                "is not installed, so the text of this copy could not be compared with the "
                "approved minutes.")
    if correction is not None:
        ctx.say("Note: revision {revision} (meeting {id}) corrects these minutes.",
                revision=correction[0], id=correction[1])
    return MATCH
