"""The cover of a bundle of pakta sheets as printed: every name, id and position whole."""

import io

from pypdf import PdfReader

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
