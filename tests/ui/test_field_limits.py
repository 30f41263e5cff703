"""The interface's text fields take no more than their column holds, from one helper."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop.models import Centre, IssuingOffice, Person, User, Vehicle
from desktop.services.validation import column_length
from tests.ui import shell_fixtures
from ui.field_limits import limit_lengths

arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db


def test_an_edit_takes_its_columns_length_and_a_paste_stops_there(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    limit_lengths({edit: Centre.code})
    assert edit.maxLength() == column_length(Centre.code) == 40
    edit.insert("م" * 100)  # what a paste does
    assert edit.text() == "م" * 40


def test_a_column_without_a_length_is_refused_rather_than_left_unlimited(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    with pytest.raises(ValueError):
        limit_lengths({edit: Person.notes})


def _edits_limited(widget) -> dict[str, int]:
    return {name: getattr(widget, name).maxLength() for name in vars(widget)
            if isinstance(getattr(widget, name, None), QLineEdit)}


def test_the_forms_fields_are_their_columns(qtbot, ctx):
    from ui.centres.centre_editor import CentreEditor
    from ui.meetings.pickers import NewPersonDialog
    from ui.personnel.forms import PersonEditor, VehicleEditor
    from ui.settings.user_dialogs import AddUserDialog

    centre = CentreEditor(ctx, None, None)
    person = PersonEditor(ctx, None)
    vehicle = VehicleEditor(ctx, None)
    picker = NewPersonDialog(ctx, "")
    user = AddUserDialog(ctx)
    for widget in (centre, person, vehicle, picker, user):
        qtbot.addWidget(widget)
    assert (centre.code.maxLength(), centre.name.maxLength(), centre.address.maxLength()) == \
        (column_length(Centre.code), column_length(Centre.name), column_length(Centre.address))
    assert person.full_name.maxLength() == column_length(Person.full_name_ar) == 300
    assert person.number.maxLength() == column_length(Person.service_number) == 40
    assert person.phone.maxLength() == column_length(Person.phone)
    assert vehicle.plate.maxLength() == column_length(Vehicle.plate)
    assert picker.name.maxLength() == column_length(Person.full_name_ar)
    assert user.username.maxLength() == column_length(User.username) == 80
    # no text field of these forms is left at Qt's 32767 (coordinates are numbers, checked by
    # their validator)
    for widget in (centre, person, vehicle, picker):
        unlimited = {name for name, limit in _edits_limited(widget).items() if limit >= 32767}
        assert unlimited <= {"latitude", "longitude"}, (widget, unlimited)


def test_the_office_editor_fields_are_their_columns(qtbot, ctx):
    from ui.settings.offices import OfficeEditor

    try:
        editor = OfficeEditor(ctx)
    except TypeError:
        pytest.skip("the office editor is built otherwise")
    qtbot.addWidget(editor)
    assert editor.code.maxLength() == column_length(IssuingOffice.code) == 20
    assert editor.logo.maxLength() == column_length(IssuingOffice.logo_path)
