import io
import json
import subprocess
import zipfile
from datetime import datetime

import pytest
from pypdf import PdfReader, PdfWriter

from app.services.event_service import Invalid
from app.services.gate_service import GateClosed, GateReopened
from app.services.laporan_bundle import BuildCancelled, BundleWritten
from tests.laporan_samples import prepare_laporan


@pytest.fixture
def built(demo, tmp_path):
    event_id = prepare_laporan(demo, tmp_path)
    result = demo.laporan_bundle.build(event_id, tmp_path / "out")
    assert isinstance(result, BundleWritten), result
    return demo, event_id, result


def _text(pdf_path, first, last):
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(first), "-l", str(last), str(pdf_path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def _laporan_text(result):
    laporan = result.parts[0]
    return " ".join(_text(result.pdf, laporan.first, laporan.pages).split())


def test_laporan_states_the_attendance_and_pakta_the_database_holds(built):
    services, event_id, result = built
    report = services.reports.attendance(event_id)
    expected = [line for line in report.lines if line.expected]
    present = [line for line in expected if line.present]
    late = [line for line in present if line.late]
    sick = [line for line in expected if line.absence and line.absence.reason.value == "sakit"]
    signers = services.pakta.signers(event_id)
    unsigned = [s for s in signers if not s.signed]
    text = _laporan_text(result)
    assert f"Diharapkan hadir : {len(expected)} orang" in text
    assert f"Hadir : {len(present)} orang" in text
    assert f"luring {len(present)}, daring 0" in text
    assert f"Terlambat : {len(late)} orang" in text
    assert f"Tidak hadir : {len(expected) - len(present)} orang" in text
    assert f"Sakit : {len(sick)} orang" in text and len(sick) == 1
    assert "ditandatangani oleh 2 dari 3 pejabat" in text
    assert len(unsigned) == 1 and unsigned[0].name in text
    assert "Gerbang tidak ditutup melalui Netra" in text
    assert "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara" in text
    for group in report.unit_groups:  # the per-unit table: every unit with its counts
        assert group.unit.split()[0] in text


def test_bundle_has_every_part_bookmarked_and_numbered_across_the_whole(built):
    _, _, result = built
    reader = PdfReader(result.pdf)
    names = [item.title for item in reader.outline]
    assert names == [p.name for p in result.parts]
    assert names[:2] == ["Laporan pelaksanaan kegiatan", "Berita acara pelaksanaan deklarasi"]
    assert {"Lampiran: daftar hadir", "Lampiran: rekap", "Lampiran: pakta integritas",
            "Lampiran: naskah ikrar", "Lampiran: dokumentasi"} <= set(names)  # fmt: skip
    total = len(reader.pages)
    for number in (1, total // 2, total):
        page = _text(result.pdf, number, number)
        assert f"Halaman {number} dari {total}" in page
        assert f"dari {result.parts[0].pages}\n" not in page.replace(f"dari {total}", "")
    berita = result.parts[1]
    assert berita.pages == 1
    words = " ".join(_text(result.pdf, berita.first, berita.first).split())
    assert "Pada hari ini Selasa tanggal satu bulan Oktober tahun dua ribu dua puluh empat" in words


def test_zip_holds_each_part_with_its_sha256_in_the_manifest(built):
    import hashlib

    _, _, result = built
    with zipfile.ZipFile(result.zip) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for item in manifest["files"]:
            assert hashlib.sha256(archive.read(item["file"])).hexdigest() == item["sha256"]
    assert manifest["bundle"]["sha256"] == hashlib.sha256(result.pdf.read_bytes()).hexdigest()
    assert [f["name"] for f in manifest["files"]] == [p.name for p in result.parts]


def test_a_fresh_bundle_verifies_as_folder_and_as_pdf(built):
    services, _, result = built
    for target in (result.pdf.parent, result.pdf):
        verdict = services.laporan_verify.verify(target)
        assert not isinstance(verdict, Invalid) and verdict.ok, verdict


def test_verify_names_an_attachment_changed_in_the_zip(built):
    services, _, result = built
    with zipfile.ZipFile(result.zip) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    reader = PdfReader(io.BytesIO(members["04_rekap.pdf"]))
    writer = PdfWriter()
    for page in reader.pages[:-1]:  # the rekap's last page (its signature block) dropped
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    members["04_rekap.pdf"] = buffer.getvalue()
    with zipfile.ZipFile(result.zip, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    verdict = services.laporan_verify.verify(result.pdf.parent)
    assert not verdict.ok
    assert any("04_rekap.pdf: isi berkas berbeda" in p.reason for p in verdict.problems)


def test_verify_names_a_fact_changed_in_the_database_after_the_bundle(built):
    services, event_id, result = built
    absent = next(line for line in services.reports.attendance(event_id).lines if not line.present)
    from app.core.checkin import CheckinEntry, Method

    with services.store.write():
        services.store.checkins.insert_checkins(
            [CheckinEntry(event_id, absent.person.id, datetime(2024, 10, 1, 7, 10), "Gerbang 1",
                          Method.MANUAL, "tester", False)]
        )  # fmt: skip
    verdict = services.laporan_verify.verify(result.pdf)
    assert not verdict.ok and verdict.signature.valid
    reasons = " ".join(p.reason for p in verdict.problems)
    assert "fakta 'present' berubah" in reasons


def test_verify_refuses_a_bundle_with_a_page_removed(built):
    services, _, result = built
    reader = PdfReader(result.pdf)
    writer = PdfWriter()
    for index, page in enumerate(reader.pages):
        if index != 3:
            writer.add_page(page)
    writer._root_object.update({k: v for k, v in reader.trailer["/Root"].items()
                                if k == "/NetraSource"})  # fmt: skip
    buffer = io.BytesIO()
    writer.write(buffer)
    result.pdf.write_bytes(buffer.getvalue())
    verdict = services.laporan_verify.verify(result.pdf)
    assert not verdict.ok
    reasons = " ".join(p.reason for p in verdict.problems)
    assert "tidak bertanda tangan" in reasons or "rusak" in reasons
    folder_verdict = services.laporan_verify.verify(result.pdf.parent)
    assert any("laporan-pelaksanaan-acara-" in p.reason for p in folder_verdict.problems)


def test_gate_closed_with_every_station_merged_is_stated(demo, tmp_path):
    event_id = prepare_laporan(demo, tmp_path)
    closed = demo.gate.close(event_id, "Gerbang 1")
    assert isinstance(closed, GateClosed) and closed.stations
    result = demo.laporan_bundle.build(event_id, tmp_path / "out")
    text = _laporan_text(result)
    names = ", ".join(station.name for station in closed.stations)
    assert f"Gerbang ditutup melalui Netra pada {closed.closed_at:%d-%m-%Y %H.%M}" in text
    assert f"data semua stasiun ({names}) telah digabungkan" in text


def test_gate_reopened_after_closing_is_not_stated_as_closed(demo, tmp_path):
    event_id = prepare_laporan(demo, tmp_path)
    assert not isinstance(demo.admin_pins.set_pin("246810"), Invalid)
    assert isinstance(demo.gate.close(event_id, "Gerbang 1"), GateClosed)
    assert isinstance(demo.gate.reopen(event_id, "246810", "bus terlambat"), GateReopened)
    text = _laporan_text(demo.laporan_bundle.build(event_id, tmp_path / "out"))
    assert "Gerbang tidak ditutup melalui Netra" in text
    assert "Gerbang ditutup melalui Netra pada" not in text


def test_cancelled_build_leaves_nothing_in_the_folder(demo, tmp_path):
    event_id = prepare_laporan(demo, tmp_path)
    out = tmp_path / "out"
    result = demo.laporan_bundle.build(event_id, out, keep_going=lambda done, total: done < 3)
    assert isinstance(result, BuildCancelled)
    assert list(out.iterdir()) == []
