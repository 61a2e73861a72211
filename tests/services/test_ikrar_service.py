import json
from dataclasses import replace

import pytest

from app.core.theme import Theme
from app.services.event_service import Invalid
from app.services.ikrar_service import ScriptSaved, shipped_scripts
from app.store.models import AuditLog


def test_three_scripts_are_shipped_with_the_standard_four_points():
    by_source = {s.source: s for s in shipped_scripts()}
    assert sorted(by_source) == ["netralitas-asn", "pakta-integritas", "tujuh-larangan"]
    assert len(by_source["netralitas-asn"].points) == 4
    assert by_source["netralitas-asn"].points[3].startswith("Menolak politik uang")
    assert len(by_source["tujuh-larangan"].points) == 7


def test_broken_shipped_script_names_the_file(tmp_path):
    (tmp_path / "rusak.json").write_text(json.dumps({"title": "X"}))
    with pytest.raises(ValueError, match="naskah rusak"):
        shipped_scripts(tmp_path)


def test_default_script_follows_the_event_kind(demo):
    event = demo.events.list_events()[0]
    assert demo.ikrar.default_script(event).source == "netralitas-asn"
    assert "Pemerintah Kabupaten Wanasari" in demo.ikrar.default_script(event).opening


def test_duplicate_writes_the_names_in_and_is_audited(demo):
    event = demo.events.list_events()[0]
    standard = demo.ikrar.default_script(event)
    result = demo.ikrar.duplicate(event, standard)
    assert isinstance(result, ScriptSaved)
    own = demo.ikrar.scripts(event)[0]
    assert own.id == result.script_id
    assert (
        own.opening
        == "Kami Aparatur Sipil Negara di lingkungan Pemerintah Kabupaten Wanasari berikrar:"
    )
    assert demo.ikrar.default_script(event).id == result.script_id
    assert AuditLog.select().where(AuditLog.action == "ikrar.duplicate").count() == 1


def test_edited_script_is_saved_and_an_invalid_edit_changes_nothing(demo):
    event = demo.events.list_events()[0]
    script_id = demo.ikrar.duplicate(event, demo.ikrar.default_script(event)).script_id
    own = demo.ikrar.scripts(event)[0]
    added = (*own.points, "Menjaga persatuan di media sosial.")
    assert isinstance(demo.ikrar.save_script(replace(own, points=added)), ScriptSaved)
    assert demo.ikrar.scripts(event)[0].points[-1] == "Menjaga persatuan di media sosial."
    bad = replace(own, title="", points=())
    result = demo.ikrar.save_script(bad)
    assert isinstance(result, Invalid) and [e.field for e in result.errors] == ["judul", "butir"]
    assert demo.ikrar.scripts(event)[0].title == own.title
    assert demo.ikrar.delete_script(script_id) == ScriptSaved(script_id)
    assert all(s.id is None for s in demo.ikrar.scripts(event))


def test_shipped_script_cannot_be_changed_in_place(demo):
    event = demo.events.list_events()[0]
    result = demo.ikrar.save_script(demo.ikrar.default_script(event))
    assert isinstance(result, Invalid) and result.errors[0].field == "naskah"


def test_theme_is_kept_per_event_and_a_low_contrast_one_is_refused(demo):
    event_id = demo.events.list_events()[0].id
    assert demo.ikrar.theme(event_id) == Theme()
    dark_blue = Theme(background="#0d1b3e", font="Noto Serif")
    demo.ikrar.save_theme(event_id, dark_blue)
    assert demo.ikrar.theme(event_id) == dark_blue
    refused = demo.ikrar.save_theme(event_id, Theme(background="#ffffff", text="#eeeeee"))
    assert isinstance(refused, Invalid)
    assert demo.ikrar.theme(event_id) == dark_blue
