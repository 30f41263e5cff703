"""``ghurfa report``: list the document kinds, build one, or print the whole gallery; and
``ghurfa verify`` (``reports.verify``), registered with them through the same entry point.

``report sample`` builds every kind in every format on demo data: the database's own if it
holds any, otherwise a temporary SQLite database filled by ``desktop.demo.load_demo``. Its
documents are specimens: their numbers read «نموذج» and the office's register is not touched.

A file named by ``-o`` must end in one of the kind's formats and lie in an existing folder the
program may write in; ``-o DIR`` of ``sample`` and ``archive`` may name one new folder inside an
existing one. Anything else is refused, naming the folder and the reason (exit 1), before any
number is drawn.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.cli.context import CliContext, t
from desktop.i18n import translate
from desktop.models import IssuingOffice, Person
from desktop.storage.database import Database
from reports import catalogue
from reports.file_names import suggested
from reports.files import check_output, prepare_folder

OK, REJECTED, MISUSE = 0, 1, 2


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("report", parents=[common], help=t("print documents and workbooks"))
    actions = parser.add_subparsers(dest="report_action", metavar=t("ACTION"),
                                    parser_class=type(parser))
    parser.set_defaults(handler=lambda args, ctx: _usage(parser))

    listing = actions.add_parser("list", parents=[common], help=t("list the document kinds"))
    listing.set_defaults(handler=run_list)

    build = actions.add_parser("build", parents=[common], help=t("build one document"))
    build.add_argument("kind", metavar=t("KIND"), help=t("document kind (see report list)"))
    build.add_argument("-o", "--output", type=Path, required=True, metavar=t("FILE"),
                       help=t("file to write; its extension chooses PDF or Excel"))
    build.add_argument("--param", action="append", default=[], metavar=t("NAME=VALUE"),
                       help=t("a parameter of the document; may be repeated"))
    build.set_defaults(handler=run_build)

    sample = actions.add_parser("sample", parents=[common],
                                help=t("build every document kind on demo data"))
    sample.add_argument("-o", "--output", type=Path, required=True, metavar=t("DIR"),
                        help=t("folder for the documents"))
    sample.add_argument("--png", type=Path, metavar=t("DIR"),
                        help=t("also render page 1 of each PDF to a PNG in this folder"))
    sample.set_defaults(handler=run_sample)
    _register_minutes(actions, common)
    from reports import directives_cli

    directives_cli.register(actions, common)
    from reports import roster_cli

    roster_cli.register(actions, common)
    # ``ghurfa verify`` prints the approved minutes afresh to compare a copy with, so it
    # belongs to the documents, not to the core's own commands.
    from reports import verify

    verify.register(sub, common)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return MISUSE


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    for kind in catalogue.kinds():
        title = translate("DocumentKind", kind.title)
        ctx.say("{key}: {title} ({formats})", key=kind.key, title=title,
                formats=", ".join(kind.formats))
        for param in kind.params:
            label = translate("ReportParam", param.label)
            need = t("required") if param.required else t("optional")
            ctx.say("    --param {name}=…  {label} [{need}]", name=param.name, label=label,
                    need=need)
    return OK


def _params(pairs: list[str]) -> dict[str, Any] | None:
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            return None
        params[name.strip()] = value.strip()
    return params


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        sys.stderr.write(f"\r{100 * done // total:3d}%")
        sys.stderr.flush()
        if done >= total:
            sys.stderr.write("\r    \r")


def _output_format(ctx: CliContext, kind: catalogue.DocumentKind, output: Path) -> str | None:
    """The format ``-o`` asks for by its ending, or None (said) where it names no such file."""
    endings = [f".{fmt}" for fmt in kind.formats]
    endings_text = endings[0] if len(endings) == 1 else \
        t("{first} or {second}", first=", ".join(endings[:-1]), second=endings[-1])
    if output.is_dir():
        ctx.error(t("-o must name a file ending in {endings}; {path} is a folder.",
                    endings=endings_text, path=str(output)))
        return None
    fmt = output.suffix.lower().lstrip(".")
    if fmt not in kind.formats:
        ctx.error(t("-o must name a file ending in {endings}, not {path}.",
                    endings=endings_text, path=str(output)))
        return None
    return fmt


def _build(ctx: CliContext, db: Database, kind: catalogue.DocumentKind, params: dict[str, Any],
           output: Path, fmt: str, copy: str = catalogue.OFFICIAL) -> int:
    request = catalogue.BuildRequest(db=db, params=params, output=output, fmt=fmt,
                                     lang=ctx.lang, progress=_progress, copy=copy)
    try:
        check_output(output)  # the folder is refused before anything is read or drawn
        kind.build(request)
    except catalogue.Cancelled:
        ctx.error(t("Cancelled; the document number was voided."))
        return REJECTED
    ctx.say("Written: {path}", path=output)
    return OK


def run_build(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        kind = catalogue.get(args.kind)
    except KeyError:
        ctx.error(t("Unknown document kind {kind}; see: ghurfa report list", kind=args.kind))
        return MISUSE
    params = _params(args.param)
    if params is None:
        ctx.error(t("A parameter is written as name=value."))
        return MISUSE
    known = {p.name for p in kind.params}
    unknown = sorted(set(params) - known)
    if unknown:
        ctx.error(t("Unknown parameter {name} for {kind}.", name=unknown[0], kind=kind.key))
        return MISUSE
    missing = [p.name for p in kind.params if p.required and not params.get(p.name)]
    if missing:
        ctx.error(t("The parameter {name} is required.", name=missing[0]))
        return MISUSE
    fmt = _output_format(ctx, kind, args.output)
    if fmt is None:
        return MISUSE
    return _build(ctx, ctx.db, kind, params, args.output, fmt)


def _has_data(db: Database) -> bool:
    with db.reader() as session:
        offices = session.scalar(select(func.count()).select_from(IssuingOffice))
        people = session.scalar(select(func.count()).select_from(Person))
    return bool(offices and people)


@contextmanager
def demo_database(ctx: CliContext) -> Iterator[Database]:
    """The user's database if it holds data, else a temporary one with the seed demo set."""
    if _has_data(ctx.db):
        yield ctx.db
        return
    from desktop.demo import load_demo
    from desktop.storage.migrations import upgrade

    with tempfile.TemporaryDirectory(prefix="ghurfa-gallery-") as folder:
        db = Database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        try:
            upgrade(db)
            ctx.say("The database is empty; building the gallery on the demo data.")
            load_demo(db, scale="seed", seed=2010, force=False,
                      progress=lambda done, total, what: _progress(done, total))
            yield db
        finally:
            db.dispose()


def _png(pdf: Path, folder: Path) -> Path | None:
    """Page 1 of ``pdf`` as a PNG in ``folder``; None where pdftoppm is not installed."""
    if shutil.which("pdftoppm") is None:
        return None
    stem = folder / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True, timeout=120, capture_output=True)
    return stem.with_suffix(".png")


def run_sample(args: argparse.Namespace, ctx: CliContext) -> int:
    prepare_folder(args.output)
    if args.png is not None:
        prepare_folder(args.png)
    failures = 0
    with demo_database(ctx) as db:
        for kind in catalogue.kinds():
            with db.reader() as session:
                params = kind.sample_params(session) if kind.sample_params else {}
            for fmt in kind.formats:
                output = suggested(args.output, "{kind}", f".{fmt}", kind=kind.key)
                failures += _build(ctx, db, kind, params, output, fmt,
                                   catalogue.SPECIMEN) != OK
                if fmt == "pdf" and args.png is not None and output.exists():
                    try:
                        image = _png(output, args.png)
                    except subprocess.CalledProcessError:
                        ctx.error(t("pdftoppm could not make the picture of {path}.",
                                    path=str(output)))
                        failures += 1
                        continue
                    if image is None:
                        ctx.error(t("pdftoppm is not installed; no PNG was made."))
                    else:
                        ctx.say("Written: {path}", path=image)
    return REJECTED if failures else OK


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            t("{value} is not a date such as 2010-03-07", value=text)) from None


def _register_minutes(actions: argparse._SubParsersAction,
                      common: argparse.ArgumentParser) -> None:
    minutes = actions.add_parser("minutes", parents=[common],
                                 help=t("print the minutes of a meeting"))
    minutes.add_argument("meeting", metavar=t("MEETING"),
                         help=t("the meeting's id or the document number of its minutes"))
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar=t("FILE"),
                         help=t("file to write; its extension chooses PDF or Excel"))
    minutes.add_argument("--office", type=int, metavar="ID",
                         help=t("issuing office, when the organiser has none of its own"))
    minutes.set_defaults(handler=run_minutes)

    archive = actions.add_parser("archive", parents=[common],
                                 help=t("export every approved meeting as numbered PDFs"))
    archive.add_argument("--election", type=int, metavar="ID", help=t("the election's id"))
    archive.add_argument("--from", dest="date_from", type=_day, metavar=t("DATE"),
                         help=t("first day of the range"))
    archive.add_argument("--to", dest="date_to", type=_day, metavar=t("DATE"),
                         help=t("last day of the range"))
    archive.add_argument("-o", "--output", type=Path, required=True, metavar=t("DIR"),
                         help=t("folder in which the archive folder is made"))
    archive.set_defaults(handler=run_archive)


def run_minutes(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = catalogue.get("minutes")
    fmt = _output_format(ctx, kind, args.output)
    if fmt is None:
        return MISUSE
    params = {"meeting": args.meeting, "office": args.office}
    return _build(ctx, ctx.db, kind, params, args.output, fmt)


def run_archive(args: argparse.Namespace, ctx: CliContext) -> int:
    from reports.archive import export_archive

    by_dates = args.date_from is not None or args.date_to is not None
    if (args.election is None) == (not by_dates) or \
            (by_dates and (args.date_from is None or args.date_to is None)):
        ctx.error(t("Give either --election ID, or both --from DATE and --to DATE."))
        return MISUSE
    try:
        folder = export_archive(ctx.db, election_id=args.election, date_from=args.date_from,
                                date_to=args.date_to, folder=args.output, lang=ctx.lang,
                                progress=_progress)
    except catalogue.Cancelled:
        ctx.error(t("Cancelled; nothing was written."))
        return REJECTED
    count = sum(1 for p in folder.glob("*.pdf") if p.name != "index.pdf")
    ctx.say("{count} approved minutes archived in: {path}", count=count, path=folder)
    return OK
