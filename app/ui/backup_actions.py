"""Backup and restore from the GUI, and the reminder when the day ends without a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from app.paths import data_dir
from app.services.container import Services
from app.services.safety_service import Refused
from app.ui.refusals import refusal_text


class BackupActions(QObject):
    def __init__(self, services: Services, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.services = services
        self.window = parent

    def suggested_path(self) -> Path:
        stamp = self.services.clock.now().strftime("%Y%m%d-%H%M")
        return data_dir() / "cadangan" / f"netra-{stamp}.sqlite3"

    def backup(self, target: Path | None = None) -> bool:
        if target is None:
            suggested = self.suggested_path()
            suggested.parent.mkdir(parents=True, exist_ok=True)
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Simpan cadangan"), str(suggested),
                self.tr("Cadangan Netra (*.sqlite3)"),
            )  # fmt: skip
            if not chosen:
                return False
            target = Path(chosen)
        result = self.services.safety.backup(target)
        if isinstance(result, Refused):
            QMessageBox.warning(
                self.window, self.tr("Cadangan gagal"), refusal_text(result.message)
            )
            return False
        self.window.statusBar().showMessage(
            self.tr("Cadangan tersimpan: {0}").format(target), 10_000
        )
        return True

    def restore(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Pulihkan dari cadangan"), str(data_dir() / "cadangan"),
            self.tr("Cadangan Netra (*.sqlite3)"),
        )  # fmt: skip
        if not chosen:
            return False
        confirm = QMessageBox.question(
            self.window,
            self.tr("Pulihkan cadangan"),
            self.tr(
                "Seluruh isi basis data akan diganti dengan isi cadangan ini. Isi sekarang "
                "disimpan dulu sebagai berkas tersendiri. Lanjutkan?"
            ),
        )
        if confirm != QMessageBox.StandardButton.Yes:
            return False
        result = self.services.safety.restore(Path(chosen))
        if isinstance(result, Refused):
            QMessageBox.warning(
                self.window, self.tr("Pemulihan ditolak"), refusal_text(result.message)
            )
            return False
        return True

    def may_close(self) -> bool:
        """Ask for a backup when changes are not yet in one; False keeps the window open."""
        if (
            not self.services.store.is_sqlite
            or self.services.safety.changes_since_last_backup() == 0
        ):
            return True
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Belum ada cadangan"))
        box.setText(
            self.tr("Ada perubahan hari ini yang belum dicadangkan. Buat cadangan sekarang?")
        )
        backup_button = box.addButton(self.tr("Cadangkan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keluar tanpa cadangan"), QMessageBox.ButtonRole.DestructiveRole)
        cancel_button = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(backup_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is cancel_button:
            return False
        if clicked is backup_button:
            return self.backup()
        return True
