"""Which database this station uses: its own file, or the venue's shared PostgreSQL server.

The connection test reads the server's version and the schema version without changing
anything, so a station is told before it starts whether the server is reachable, whether
its schema is current, and whether a newer Netra set it up (then this one must be updated).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.settings import DATABASE_URL, Settings
from app.store.database import is_server_url
from app.store.server_check import DatabaseCheck, check_database
from app.ui.refusals import refusal_text
from app.ui.workers.task_runner import TaskRunner

EXAMPLE_URL = "postgresql://netra:sandi@192.168.1.10/netra"


class DatabaseDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.checked: DatabaseCheck | None = None
        self.runner = TaskRunner(None, self)
        self.setWindowTitle(self.tr("Basis data stasiun"))
        self.setMinimumWidth(560)
        saved = settings.get(DATABASE_URL)
        self.local = QRadioButton(self.tr("Berkas di laptop ini (satu stasiun saja)"))
        self.shared = QRadioButton(self.tr("Server PostgreSQL bersama di jaringan acara"))
        (self.shared if saved else self.local).setChecked(True)
        self.url = QLineEdit(saved)
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.url.textChanged.connect(self._forget_check)
        self.shared.toggled.connect(self._shared_toggled)
        self.test_button = QPushButton(self.tr("Uji koneksi"))
        self.test_button.clicked.connect(self.test_connection)
        self.check_label = QLabel()
        self.check_label.setObjectName("databaseCheck")
        self.check_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Batal"))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.shared)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        layout.addLayout(row)
        layout.addWidget(self.check_label)
        hint = QLabel(
            self.tr(
                "Semua gerbang satu acara memakai server yang sama. Bila server terputus, "
                "gerbang tetap memindai dan mengirim catatannya saat server kembali. "
                "Perubahan dipakai saat Netra dibuka lagi."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._shared_toggled(self.shared.isChecked())

    def _shared_toggled(self, shared: bool) -> None:
        self.url.setEnabled(shared)
        self.test_button.setEnabled(shared)

    def _forget_check(self) -> None:
        self.checked = None
        self.check_label.clear()

    def test_connection(self) -> None:
        url = self.url.text().strip()
        if not is_server_url(url):
            self.check_label.setText(
                self.tr("Tulis alamat server, contoh: {url}").format(url=EXAMPLE_URL)
            )
            return
        self.check_label.setText(self.tr("Menghubungi server…"))
        self.test_button.setEnabled(False)
        self.runner.run("check", lambda: check_database(url), self._checked)

    def _checked(self, check: DatabaseCheck) -> None:
        self.test_button.setEnabled(self.shared.isChecked())
        if check.target != self.url.text().strip():
            return  # the address was edited meanwhile
        self.checked = check
        mark = "✔" if check.usable else "✖"
        self.check_label.setText(f"{mark} {refusal_text(check.summary())}")

    def save(self) -> None:
        if self.local.isChecked():
            self.settings.set(DATABASE_URL, "")
            self.accept()
            return
        if self.checked is None or not self.checked.usable:
            self.check_label.setText(
                self.tr("Uji koneksi dulu; hanya server yang dapat dipakai disimpan.")
            )
            return
        self.settings.set(DATABASE_URL, self.checked.target)
        self.accept()
