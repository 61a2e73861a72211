"""``netra --self-check``: prove an installed or bundled Netra works on this machine.

Each check runs on a temporary database and prints one line; the exit code is 0
only when every check passed. The installer build runs it in CI.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.services.container import Services
from app.store.store import Store


def check_store_and_demo(work: Path) -> Services:
    store = Store(str(work / "self-check.sqlite3"))
    services = Services.build(store, actor="self-check")
    result = services.demo.ensure_demo(20)
    counts = services.events.counts(result.event_id)
    assert counts.expected == 20, counts
    return services


def _first_page(pdf: Path, dpi: int = 150) -> tuple[Any, str]:
    """The first page of a PDF as a PIL image, and its text."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    page = document[0]
    image = page.render(scale=dpi / 72).to_pil()
    text = page.get_textpage().get_text_range()
    document.close()
    return image, text


def check_badge_page_scans(services: Services, work: Path) -> None:
    import zxingcpp

    from app.services.badge_print_service import BadgeRequest, BadgesWritten

    event = services.events.list_events()[0]
    assert event.id is not None and event.organisation_id is not None
    written = services.badge_printing.write_pdf(BadgeRequest(event.id, work / "kartu.pdf"))
    assert isinstance(written, BadgesWritten), written
    image, _ = _first_page(work / "kartu.pdf")
    codes = zxingcpp.read_barcodes(image.convert("L"))
    assert codes, "no QR code read on the first badge page"
    for code in codes:
        verified = services.badges.verify(event.organisation_id, code.text)
        assert getattr(verified, "claim", None) is not None, verified


def check_report_page(services: Services, work: Path) -> None:
    from app.core.report_data import ReportRequest

    event = services.events.list_events()[0]
    assert event.id is not None
    services.reports.write_pdf(event.id, ReportRequest(), work / "daftar-hadir.pdf")
    image, text = _first_page(work / "daftar-hadir.pdf", dpi=50)
    assert "DAFTAR HADIR" in text and "Halaman 1 dari" in text, text[:200]
    assert image.convert("L").getextrema()[0] < 100, "the page rendered blank"


def check_main_window(services: Services) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.bootstrap import create_application, open_settings
    from app.ui.main_window import MainWindow

    application = create_application()
    window = MainWindow(services, open_settings())
    window.resize(1366, 768)
    image = window.grab().toImage()
    application.processEvents()
    assert image.width() == 1366 and not image.isNull()
    window.close()


def check_english_translation() -> None:
    from PySide6.QtCore import QCoreApplication

    from app.bootstrap import create_application
    from app.core.locale_format import Language
    from app.ui.i18n import install_language

    create_application()
    try:
        assert install_language(Language.ENGLISH), "netra_en.qm not found"
        assert QCoreApplication.translate("Places", "Laporan") == "Reports"
    finally:
        install_language(Language.INDONESIAN)


def run() -> int:
    with tempfile.TemporaryDirectory(prefix="netra-self-check-") as folder:
        work = Path(folder)
        os.environ["NETRA_DATA_DIR"] = str(work)
        failures = 0

        def step(name: str, action: Callable[[], object]) -> object:
            nonlocal failures
            try:
                value = action()
            except Exception:
                failures += 1
                print(f"GAGAL  {name}\n{traceback.format_exc()}", file=sys.stderr)
                return None
            print(f"OK     {name}")
            return value

        services = step("basis data, migrasi dan acara contoh", lambda: check_store_and_demo(work))
        if isinstance(services, Services):
            step(
                "kartu QR: PDF, pindai, verifikasi", lambda: check_badge_page_scans(services, work)
            )
            step("daftar hadir: PDF", lambda: check_report_page(services, work))
            step("jendela utama (Qt)", lambda: check_main_window(services))
            step("terjemahan bahasa Inggris", check_english_translation)
            services.store.close()
        else:
            failures += 1
        print("Pemeriksaan mandiri", "berhasil." if failures == 0 else f"gagal ({failures}).")
        return 0 if failures == 0 else 1
