"""The hostile files (tests/desktop/hostile_files.py) through every import of the program: each
refused in words with nothing written, or read safely (a formula as its text, never run; bidi
marks stripped; a declared size not believed)."""

from __future__ import annotations

import importlib
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from desktop.imports import import_centres
from desktop.imports.opening import open_checked
from desktop.models import Centre
from desktop.services.actor import SYSTEM
from desktop.services.elections import ElectionInput, create_election
from desktop.services.errors import DomainError
from tests.desktop import hostile_files
from tests.desktop.factories import row_counts


def _importers():
    """The imports that read sheets from outside: the centres', and the personnel's where it
    is built (``ghurfa import personnel``)."""
    found = [pytest.param(import_centres, id="centres")]
    try:
        personnel = importlib.import_module("desktop.imports.personnel")
    except ImportError:
        return found
    if hasattr(personnel, "import_personnel"):
        found.append(pytest.param(personnel.import_personnel, id="personnel"))
    return found


IMPORTERS = _importers()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Each hostile file made once for the module, when first asked for."""
    folder = tmp_path_factory.mktemp("hostile")
    made: dict[str, object] = {}

    def get(name: str, maker):
        if name not in made:
            made[name] = maker(folder)
        return made[name]

    return get


@pytest.fixture
def election(db) -> int:
    with db.session() as session:
        record = create_election(session, SYSTEM, ElectionInput(
            "انتخابات مجلس النواب", "parliamentary", date(2025, 11, 11)))
        session.flush()
        return record.id


@pytest.mark.parametrize("importer", IMPORTERS)
@pytest.mark.parametrize("name", list(hostile_files.CORPUS))
def test_a_hostile_file_is_refused_in_words_with_nothing_written(db, election, corpus,
                                                                  importer, name):
    maker, words = hostile_files.CORPUS[name]
    path = corpus(name, maker)
    with db.reader() as session:
        before = row_counts(session)
    with pytest.raises(DomainError) as caught:
        importer(db, SYSTEM, path)
    message = caught.value.message("en")
    assert words in message, message
    assert len(message) < 400 and "Traceback" not in message
    assert caught.value.message("ar")  # said in the user's language too
    with db.reader() as session:
        assert row_counts(session) == before


def test_the_refusals_come_before_any_parser(corpus, monkeypatch):
    """Opening alone refuses the containers, so the reader never sees them."""
    import python_calamine

    def never(*_args, **_kwargs):
        raise AssertionError("the workbook reader was reached")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", never)
    for name in ("zip bomb", "billion laughs", "billion laughs behind a comment",
                 "external entity", "1,048,576 rows", "a cell in the last row", "renamed PDF",
                 "encrypted workbook", "bidi controls in the file's name"):
        maker, words = hostile_files.CORPUS[name]
        with pytest.raises(DomainError) as caught:
            open_checked(corpus(name, maker))
        assert words in caught.value.message("en"), name


def _names(db) -> dict[str, str]:
    with db.reader() as session:
        return dict(session.execute(select(Centre.code, Centre.name)).all())


def test_a_formula_is_read_as_its_text_never_run(db, election, corpus, tmp_path):
    result = import_centres(db, SYSTEM, corpus("formulas", hostile_files.formulas))
    assert result.created == 2 and not result.rejected
    names = _names(db)
    assert names["00901"] == hostile_files.FORMULA_CACHED  # what Excel showed, not the formula
    assert names["00902"] == hostile_files.FORMULA_TEXT  # text that looks like one stays text

    # written out again, it is text in the workbook, not a formula Excel would run
    from reports import catalogue

    output = tmp_path / "centres.xlsx"
    kind = catalogue.get("centres")
    kind.build(catalogue.BuildRequest(db=db, params={"election": election}, output=output,
                                      fmt="xlsx"))
    sheet = openpyxl.load_workbook(output).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value == hostile_files.FORMULA_TEXT]
    assert cells and all(c.data_type == "s" for c in cells)
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_bidi_marks_in_cells_are_stripped(db, election, corpus):
    result = import_centres(db, SYSTEM, corpus("bidi", hostile_files.bidi_cells))
    assert result.created == 1 and not result.rejected
    assert _names(db) == {"00903": hostile_files.BIDI_CLEAN}


def test_a_declared_size_is_not_believed(db, election, corpus):
    """A dimension of every cell Excel has, over one row: read as the one row it is."""
    result = import_centres(db, SYSTEM, corpus("declared", hostile_files.declared_million))
    assert result.created == 1 and _names(db) == {"00901": "مدرسة الاختبار"}


def test_openpyxl_parses_with_the_defused_parser(corpus):
    """The program reads workbooks with calamine; openpyxl (used to write them, and by
    anyone who reads one with it) takes defusedxml once it is installed, a dependency."""
    from openpyxl import xml as openpyxl_xml

    assert openpyxl_xml.DEFUSEDXML is True
    from defusedxml import DefusedXmlException

    with pytest.raises(Exception) as caught:
        openpyxl.load_workbook(corpus("billion laughs", hostile_files.billion_laughs))
    error: BaseException | None = caught.value
    causes = []
    while error is not None:
        causes.append(error)
        error = error.__cause__ or error.__context__
    assert any(isinstance(cause, DefusedXmlException) for cause in causes), causes


FAST = [name for name in hostile_files.CORPUS if "50 MB" not in name and "1,048,576" not in name]


@pytest.mark.parametrize("kind", ["centres", "personnel"])
@pytest.mark.parametrize("name", FAST)
def test_ghurfa_import_says_the_refusal_without_a_traceback(sqlite_db, corpus, capsys, kind,
                                                             name):
    from desktop.cli import main

    if kind == "personnel" and len(IMPORTERS) < 2:
        pytest.skip("ghurfa import personnel is not built")
    maker, words = hostile_files.CORPUS[name]
    path = corpus(name, maker)
    with sqlite_db.reader() as session:
        before = row_counts(session)
    code = main(["--lang", "en", "--db", str(sqlite_db.url), "import", kind, str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and words in err and "Traceback" not in err + out, (code, out, err)
    with sqlite_db.reader() as session:
        assert row_counts(session) == before
