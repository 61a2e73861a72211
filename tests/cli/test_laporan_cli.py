"""``netra laporan build`` and ``verify`` as HR and an auditor run them, and a bundle forged
by an insider who holds the organisation's signing certificate."""

import json

from pypdf.annotations import FreeText

from app.cli.main import main
from tests.cli.test_pdf_verify_cli import forge
from tests.laporan_samples import prepare_laporan


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_build_then_verify_from_the_command_line(capsys, demo, db_path, tmp_path):
    event_id = prepare_laporan(demo, tmp_path)
    out = tmp_path / "laporan"
    code, text, _ = run(capsys, "--db", db_path, "laporan", "build", "--event", event_id,
                        "--out", out, "--json")  # fmt: skip
    assert code == 0
    built = json.loads(text)
    assert built["parts"][0] == {"name": "Laporan pelaksanaan kegiatan", "first": 1,
                                 "pages": built["parts"][0]["pages"]}  # fmt: skip
    for target in (out, built["pdf"]):
        code, text, _ = run(capsys, "--db", db_path, "laporan", "verify", target)
        assert code == 0, text
        assert "Cocok: tanda tangan sah" in text


def test_a_page_rewritten_and_signed_again_with_the_organisations_key_is_refused(
    capsys, demo, db_path, tmp_path
):
    event_id = prepare_laporan(demo, tmp_path)
    out = tmp_path / "laporan"
    assert (
        run(capsys, "--db", db_path, "laporan", "build", "--event", event_id, "--out", out)[0] == 0
    )
    pdf = out / f"laporan-pelaksanaan-acara-{event_id}.pdf"

    def cover_a_count(writer):  # a white box with another number over "Hadir : 84 orang"
        note = FreeText(
            text="Hadir : 120 orang", rect=(60, 600, 300, 640), background_color="ffffff"
        )
        writer.add_annotation(page_number=1, annotation=note)

    forge(pdf, cover_a_count, demo)
    code, text, _ = run(capsys, "--db", db_path, "laporan", "verify", pdf)
    assert code == 1
    assert "halaman 2: 1 anotasi ditambahkan" in text
    assert "Laporan TIDAK dapat dipercaya." in text


def test_verify_of_a_folder_without_a_bundle_names_the_folder(capsys, demo, db_path, tmp_path):
    code, _, err = run(capsys, "--db", db_path, "laporan", "verify", tmp_path)
    assert code == 1 and f"{tmp_path}: tidak ada ZIP laporan pelaksanaan" in err
    assert "Traceback" not in err
