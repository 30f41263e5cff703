"""People as pickers show them: cards built by the service, ranks most senior first."""

from __future__ import annotations

from desktop.services.people import find_person_cards, person_cards, ranks
from tests.desktop import factories


def test_cards_name_the_person_as_the_minutes_do_and_find_arabic_as_typed(db):
    with db.session() as session:
        world = factories.basic_world(session)
    chief = world["chief"]
    with db.reader() as session:
        cards = find_person_cards(session, "سعد حربيه")  # first and last name, as typed
        assert [c.id for c in cards] == [chief]
        assert cards[0].name == "العميد الركن سعد علي حربيه"
        assert cards[0].details == "قائد شرطة ميسان — قيادة شرطة ميسان (1001)"
        assert cards[0].line == f"{cards[0].name} — {cards[0].details}"
        assert find_person_cards(session, "لا أحد بهذا الاسم") == []
        assert person_cards(session, [chief, None, 999_999]) == {chief: cards[0]}
        assert person_cards(session, [None]) == {}


def test_ranks_come_most_senior_first(db):
    with db.session() as session:
        factories.basic_world(session)
    with db.reader() as session:
        names = [name for _id, name in ranks(session)]
    assert names == ["عميد", "نقيب"]
