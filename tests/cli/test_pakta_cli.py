"""``netra pakta`` as HR scripts it: mark signers, export the signed PDF, verify it."""

import json
import sqlite3

from pypdf import PdfWriter

from tests.cli.test_cli import netra
from tests.pakta_samples import scribble


def _signed_demo(demo, count=2):
    event = demo.events.list_events()[0]
    for person in demo.pakta.candidates(event)[:count]:
        demo.pakta.add_signer(event.id, person.id)
    for number, signer in enumerate(demo.pakta.signers(event.id)):
        demo.pakta.sign(event, signer, scribble(number))
    return event


def test_add_then_list_signers_as_json(demo, db_path):
    event = demo.events.list_events()[0]
    person = demo.pakta.candidates(event)[3]
    added = netra("pakta", "add", "--event", str(event.id), "--person", person.id_number,
                  "--role", "camat", db=db_path)  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = netra("pakta", "signers", "--event", str(event.id), "--json", db=db_path)
    (row,) = json.loads(listed.stdout)
    assert (row["name"], row["role"], row["signed"]) == (person.display_name, "camat", False)


def test_export_then_verify_says_every_page_matches(demo, db_path, tmp_path):
    event = _signed_demo(demo)
    out = tmp_path / "pakta.pdf"
    exported = netra("pakta", "export", "--event", str(event.id), "--out", str(out), db=db_path)
    assert exported.returncode == 0, exported.stderr
    assert "2 pakta integritas" in exported.stdout
    checked = netra("pakta", "verify", str(out), "--event", str(event.id), db=db_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("cocok dengan data tersimpan") == 2
    assert "Semua halaman cocok." in checked.stdout


def test_verify_names_the_page_whose_stored_stroke_changed(demo, db_path, tmp_path):
    event = _signed_demo(demo)
    out = tmp_path / "pakta.pdf"
    netra("pakta", "export", "--event", str(event.id), "--out", str(out), db=db_path)
    with sqlite3.connect(db_path) as raw:
        (row_id, strokes), _ = raw.execute(
            "SELECT id, strokes FROM pakta_signature ORDER BY id"
        ).fetchall()
        data = json.loads(strokes)
        data["strokes"][1][0][1] -= 4.0
        raw.execute("UPDATE pakta_signature SET strokes = ? WHERE id = ?",
                    (json.dumps(data, separators=(",", ":")), row_id))  # fmt: skip
    checked = netra("pakta", "verify", str(out), "--event", str(event.id), "--json", db=db_path)
    assert checked.returncode == 1
    pages = json.loads(checked.stdout)["pages"]
    assert [(p["page"], p["status"]) for p in pages] == [
        (1, "stored_data_changed"), (2, "match"),
    ]  # fmt: skip


def test_verify_of_a_pdf_with_an_edited_nip_fails(demo, db_path, tmp_path):
    event = _signed_demo(demo, count=1)
    out = tmp_path / "pakta.pdf"
    netra("pakta", "export", "--event", str(event.id), "--out", str(out), db=db_path)
    writer = PdfWriter(clone_from=str(out))
    page = writer.pages[0]
    contents = page.get_contents()
    edited = contents.get_data().replace(b"(NIP. 1", b"(NIP. 2")
    assert edited != contents.get_data()
    contents.set_data(edited)
    page.replace_contents(contents)
    writer.write(out)
    checked = netra("pakta", "verify", str(out), "--event", str(event.id), db=db_path)
    assert checked.returncode == 1
    assert "halaman 1: isi halaman berbeda dari data tersimpan (PDF diubah)" in checked.stdout


def test_export_of_an_unknown_event_is_refused_in_indonesian(demo, db_path, tmp_path):
    result = netra("pakta", "export", "--event", "99", "--out", str(tmp_path / "x.pdf"), db=db_path)
    assert result.returncode == 1
    assert "acara nomor 99 tidak ditemukan" in result.stderr
    assert "Traceback" not in result.stderr
