"""``netra --self-check``: prove an installed or bundled Netra works on this machine.

Each check runs on a temporary database and prints one line; the exit code is 0
only when every check passed. The installer build runs it in CI.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from app.services.container import Services
from app.store.store import Store


def check_store_and_demo(work: Path) -> Services:
    store = Store(str(work / "self-check.sqlite3"))
    services = Services.build(store, actor="self-check")
    result = services.demo.ensure_demo(20)
    counts = services.events.counts(result.event_id)
    assert counts.expected == 20, counts
    return services


def check_qr_round_trip(services: Services) -> None:
    import qrcode
    import zxingcpp
    from PIL import Image

    event = services.events.list_events()[0]
    assert event.organisation_id is not None
    person = services.people.expected(int(event.id or 0))[0]
    token = services.badges.token_for(event.organisation_id, person)
    buffer = io.BytesIO()
    qrcode.make(token, error_correction=qrcode.constants.ERROR_CORRECT_M).save(buffer)
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(buffer.getvalue())).convert("L"))
    assert [d.text for d in decoded] == [token], decoded
    verified = services.badges.verify(event.organisation_id, decoded[0].text)
    assert getattr(verified, "claim", None) is not None, verified


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
        services: Services | None = None
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
                "kode QR: buat, baca, verifikasi tanda tangan",
                lambda: check_qr_round_trip(services),
            )
            step("jendela utama (Qt)", lambda: check_main_window(services))
            step("terjemahan bahasa Inggris", check_english_translation)
            services.store.close()
        else:
            failures += 1
        print("Pemeriksaan mandiri", "berhasil." if failures == 0 else f"gagal ({failures}).")
        return 0 if failures == 0 else 1
