"""Paper pakta PDFs as printed: the cover of a bundle, the follow-up list and the archive
hold every name, id, position and fingerprint whole."""

import io
import re
import subprocess

import cv2
import numpy as np
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.reports.pakta_paper_pdf import (
    ArchivePage,
    ListSection,
    render_archive_pdf,
    render_list_pdf,
)
from app.reports.pakta_sheets_pdf import Sheet, SheetBundle, SheetLabels, render_sheets_pdf

LONG_UNIT = "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB"
LONG_TITLE = (
    "Apel dan Deklarasi Netralitas Aparatur Sipil Negara pada Pemilihan Kepala Daerah "
    "Serentak Tahun 2024 — Selasa, 1 Oktober 2024"
)
PEOPLE = [
    ("Dr. Ir. Hj. Siti Aminah Kusumawardhani, S.H., M.Si.", "NIP 19680512 199403 2 007",
     "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("Budi", "NIK ••••••••••••3767", "Analis Sumber Daya Manusia Aparatur Ahli Muda"),
    ("Wulan Susanto, S.Sos., M.Si.", "NIP 19970515 202221 2 088", "Perencana Ahli Muda"),
]  # fmt: skip


def _labels():
    return SheetLabels(
        event_title=LONG_TITLE, cover_title="Bundel lembar pakta integritas",
        cover_note="Bagikan lembar ini kepada pegawai yang namanya tercantum.",
        columns=("No", "Nama", "NIP / ID", "Jabatan"), box_label="Tanda tangan:",
        qr_caption="Netra · acara {event} · teks versi {version}",
        footer="{unit} · lembar {page} dari {pages}", event_id=7, version=1,
    )  # fmt: skip


def test_cover_prints_long_titles_names_and_positions_whole():
    sheets = [Sheet(n, i, p, LONG_UNIT, "Saya yang bertanda tangan.", "T") for n, i, p in PEOPLE]
    pdf = render_sheets_pdf([SheetBundle(LONG_UNIT, sheets)], _labels())
    cover = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    flat = " ".join(cover.split())
    assert "…" not in cover
    assert LONG_UNIT in flat and LONG_TITLE in flat
    for name, id_line, position in PEOPLE:
        assert name in flat and id_line in flat and position in flat


def test_follow_up_list_prints_long_cells_whole():
    columns = [("No", 9.0), ("Nama", 52.0), ("NIP / ID", 44.0), ("Jabatan", 43.0),
               ("Status", 26.0)]  # fmt: skip
    rows = [(str(n), name, id_line, position, "lembar kembali kosong")
            for n, (name, id_line, position) in enumerate(PEOPLE, start=1)]  # fmt: skip
    pdf = render_list_pdf("Tindak lanjut", LONG_TITLE, columns, [ListSection(LONG_UNIT, rows)])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    flat = " ".join(text.split())
    assert "…" not in text
    for _, name, id_line, position, status in rows:
        assert name in flat and id_line in flat and position in flat and status in flat


def test_archive_caption_keeps_the_whole_fingerprint_under_a_long_name(tmp_path):
    ok, jpeg = cv2.imencode(".jpg", np.full((350, 248), 250, np.uint8))
    assert ok
    fingerprint = "ab" * 32
    caption = f"{PEOPLE[0][0]} · {PEOPLE[0][1]} · {LONG_UNIT} · SHA-256 {fingerprint}"
    pdf = tmp_path / "arsip.pdf"
    pdf.write_bytes(render_archive_pdf([ArchivePage(jpeg.tobytes(), caption)], "Arsip"))
    text = PdfReader(pdf).pages[0].extract_text()
    assert "…" not in text and fingerprint in text.replace("\n", "")
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges and max(right_edges) <= A4[0] - 5 * mm  # on the paper, not past it
