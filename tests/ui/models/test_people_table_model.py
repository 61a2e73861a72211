"""The Peserta table's filter: every typed word, in any scope, whatever the order of edits."""

import random
from dataclasses import replace

from app.services.demo_service import load_seed, synthetic_people
from app.ui.models.people_table_model import INACTIVE, PeopleFilter, PeopleTableModel


def shown(model: PeopleTableModel) -> list[str]:
    return [model.person_at(row).id_number for row in range(model.rowCount())]


def expected(people, wanted: PeopleFilter) -> list[str]:
    """The rule, spelled out slowly: the rows the filter must show, in roster order."""
    words = wanted.text.casefold().split()

    def in_scope(p) -> bool:
        if wanted.unit is not None and p.unit != wanted.unit:
            return False
        if wanted.status == INACTIVE:
            return not p.active
        return wanted.status is None or p.status.value == wanted.status

    text = {
        p.id: f"{p.display_name} {p.id_number} {p.unit} {p.position}".casefold() for p in people
    }
    return [p.id_number for p in people if in_scope(p) and all(w in text[p.id] for w in words)]


def test_typing_backspacing_and_changing_scope_always_show_exactly_the_matching_rows(qapp):
    people = [
        replace(p, id=i, active=bool(i % 7))
        for i, p in enumerate(synthetic_people(600, load_seed()), start=1)
    ]
    model = PeopleTableModel()
    model.set_people(people)
    rng = random.Random(11)
    units = sorted({p.unit for p in people})
    text, unit, status = "", None, None
    for _ in range(400):
        move = rng.random()
        if move < 0.55:
            text += rng.choice("aeinrsu kd1209")
        elif move < 0.8:
            text = text[:-1]
        elif move < 0.9:
            unit = rng.choice([None, *units[:3]])
        elif move < 0.95:
            status = rng.choice([None, "PNS", "PPPK", INACTIVE])
        else:
            text = rng.choice(["", "siti", "dinas kes", "  sri   w ", people[5].id_number[:9]])
        wanted = PeopleFilter(text, unit, status)
        model.apply(wanted)
        assert shown(model) == expected(people, wanted), wanted


def test_a_second_word_is_looked_for_anywhere_in_the_row(qapp):
    people = [replace(p, id=i) for i, p in enumerate(synthetic_people(200, load_seed()), 1)]
    model = PeopleTableModel()
    model.set_people(people)
    target = people[42]
    for end in range(1, len(target.unit) + 1):
        model.set_filter(f"{target.name.split()[0]} {target.unit[:end]}")
    assert target.id_number in shown(model)
    assert shown(model) == expected(people, PeopleFilter(model._text))
