"""``ghurfa verify FILE.pdf``: is this printed copy of minutes the one that was approved?

The minutes PDF carries its fingerprint twice: in the document's keywords
(``ghurfa-fingerprint:<64 hex>``) and printed at the foot of every page. The keywords are read
from the file itself; the printed line is the fallback, through ``pdftotext`` when it is
installed. The stored fingerprint is also recomputed from the database, so a record changed
behind the program's back is reported rather than vouched for.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

from desktop.cli.context import CliContext, t

MATCH, NO_MATCH, MISUSE = 0, 1, 2
_KEYWORD = re.compile(rb"ghurfa-fingerprint:([0-9a-fA-F]{64})")
_GROUPS = re.compile(r"((?:[0-9a-f]{8}[\s\u200e\u200f\u2066-\u2069]*){8})")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:

    parser = sub.add_parser("verify", parents=[common],
                            help=t("check printed minutes against the approved record"))
    parser.add_argument("file", type=Path, metavar=t("FILE.pdf"))
    parser.set_defaults(handler=run)


def fingerprints_in(pdf: Path) -> list[str]:
    """Fingerprints the file carries: its keywords first, then the printed footer."""
    data = pdf.read_bytes()
    found = [m.decode("ascii").lower() for m in _KEYWORD.findall(data)]
    if found or shutil.which("pdftotext") is None:
        return list(dict.fromkeys(found))
    done = subprocess.run(["pdftotext", "-q", str(pdf), "-"], capture_output=True, timeout=120)
    text = done.stdout.decode("utf-8", "replace").lower()
    printed = ["".join(re.findall(r"[0-9a-f]{8}", group)) for group in _GROUPS.findall(text)]
    return list(dict.fromkeys(printed))


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.models import User
    from desktop.services.minutes import find_by_fingerprint, fingerprint, superseded_by

    pdf: Path = args.file
    if not pdf.is_file():
        ctx.error(t("No such file: {file}", file=str(pdf)))
        return MISUSE
    head = pdf.read_bytes()[:5]
    if head != b"%PDF-":
        ctx.error(t("{file} is not a PDF document.", file=str(pdf)))
        return MISUSE
    carried = fingerprints_in(pdf)
    if not carried:
        ctx.say("{file} carries no minutes fingerprint: it is not approved minutes printed "
                "by Ghurfa, or the fingerprint cannot be read.", file=pdf.name)
        return NO_MATCH
    with ctx.db.reader() as session:
        for value in carried:
            meeting = find_by_fingerprint(session, value)
            if meeting is None:
                continue
            if fingerprint(meeting) != meeting.fingerprint:
                ctx.say("WARNING: the approved record of meeting {id} no longer matches its "
                        "fingerprint; the database was changed after approval.", id=meeting.id)
                return NO_MATCH
            approver = session.get(User, meeting.approved_by_id) if meeting.approved_by_id \
                else None
            ctx.say("MATCH: this copy is the approved minutes of meeting {id}, revision "
                    "{revision}: {subject}", id=meeting.id, revision=meeting.revision,
                    subject=meeting.subject)
            ctx.say("Approved on {when} by {who}.",
                    when=meeting.approved_at.strftime("%Y-%m-%d %H:%M")
                    if meeting.approved_at else "-",
                    who=approver.display_name if approver else "-")
            newer = superseded_by(session, meeting)
            if newer is not None:
                ctx.say("Note: revision {revision} (meeting {id}) corrects these minutes.",
                        revision=newer.revision, id=newer.id)
            return MATCH
    ctx.say("NO MATCH: the fingerprint {fingerprint} printed on this copy belongs to no "
            "approved minutes in this database.", fingerprint=carried[0][:16])
    return NO_MATCH
