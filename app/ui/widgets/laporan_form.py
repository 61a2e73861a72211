"""Laporan pelaksanaan: the parts HR writes (with the defaults to start from), the people
who sign, and the button that builds the signed bundle."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.laporan_text import LaporanText, Official
from app.services.container import Services
from app.services.event_service import Invalid
from app.ui.refusals import error_line
from app.ui.workers.task_runner import TaskRunner

TEXT_HEIGHT = 76
LIST_HEIGHT = 96


class OfficialFields(QWidget):
    """Name, NIP and position of one person who signs, on one row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Nama dan gelar"))
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("NIP"))
        self.nip.setMaximumWidth(170)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Jabatan"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 3)
        row.addWidget(self.nip, 2)
        row.addWidget(self.position, 3)

    def show_official(self, official: Official) -> None:
        self.name.setText(official.name)
        self.nip.setText(official.nip)
        self.position.setText(official.position)

    def official(self) -> Official:
        return Official(
            self.name.text().strip(), self.nip.text().strip(), self.position.text().strip()
        )


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return box


def _lines(box: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in box.toPlainText().splitlines() if line.strip())


class LaporanForm(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.chosen_event: Event | None = None
        self.shown: LaporanText | None = None
        self.runner = TaskRunner(services.store, self)
        self.background = _text_box(TEXT_HEIGHT)
        self.legal_basis = _text_box(LIST_HEIGHT)
        self.legal_basis.setPlaceholderText(self.tr("Satu peraturan per baris"))
        self.purpose = _text_box(TEXT_HEIGHT)
        self.programme = _text_box(LIST_HEIGHT)
        self.programme.setPlaceholderText(self.tr("Satu acara per baris, berurutan"))
        self.conclusions = _text_box(TEXT_HEIGHT)
        self.declared = _text_box(TEXT_HEIGHT - 20)
        self.place = QLineEdit()
        self.reporter = OfficialFields()
        self.witness_1 = OfficialFields()
        self.witness_2 = OfficialFields()
        self.save_button = QPushButton(self.tr("Simpan teks laporan"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("Isi dengan teks bawaan"))
        self.defaults_button.clicked.connect(self.fill_defaults)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        self.labels: dict[str, str] = {}  # field of a refusal -> its label on the form
        for field, label, widget in (
            ("background", self.tr("Latar belakang"), self.background),
            ("legal_basis", self.tr("Dasar hukum"), self.legal_basis),
            ("purpose", self.tr("Maksud dan tujuan"), self.purpose),
            ("programme", self.tr("Susunan acara"), self.programme),
            ("conclusions", self.tr("Simpulan dan saran"), self.conclusions),
            ("declared", self.tr("Yang dinyatakan (berita acara)"), self.declared),
            ("place", self.tr("Tempat penandatanganan"), self.place),
            ("reporter", self.tr("Pelapor"), self.reporter),
            ("saksi_1", self.tr("Saksi I"), self.witness_1),
            ("saksi_2", self.tr("Saksi II"), self.witness_2),
        ):  # fmt: skip
            self.labels[field] = label
            form.addRow(label, widget)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def set_event(self, event: Event | None) -> None:
        self.chosen_event = event if event and event.id else None
        self.setEnabled(self.chosen_event is not None)
        if self.chosen_event is None:
            return
        chosen, laporan = self.chosen_event, self.services.laporan
        self.runner.run("text", lambda: laporan.text(chosen), lambda t: self._loaded(chosen, t))

    def _loaded(self, event: Event, text: object) -> None:
        if self.chosen_event is event and isinstance(text, LaporanText):
            self.show_text(text)

    def show_text(self, text: LaporanText) -> None:
        self.shown = text
        self.background.setPlainText(text.background)
        self.legal_basis.setPlainText("\n".join(text.legal_basis))
        self.purpose.setPlainText(text.purpose)
        self.programme.setPlainText("\n".join(text.programme))
        self.conclusions.setPlainText(text.conclusions)
        self.declared.setPlainText(text.declared)
        self.place.setText(text.place)
        self.reporter.show_official(text.reporter)
        self.witness_1.show_official(text.witnesses[0])
        self.witness_2.show_official(text.witnesses[1])

    def text(self) -> LaporanText | None:
        """What the form holds now (None before an event's text is shown)."""
        if self.shown is None:
            return None
        return replace(
            self.shown,
            background=self.background.toPlainText().strip(),
            legal_basis=_lines(self.legal_basis),
            purpose=self.purpose.toPlainText().strip(),
            programme=_lines(self.programme),
            conclusions=self.conclusions.toPlainText().strip(),
            declared=self.declared.toPlainText().strip(),
            place=self.place.text().strip(),
            reporter=self.reporter.official(),
            witnesses=(self.witness_1.official(), self.witness_2.official()),
        )

    def fill_defaults(self) -> None:
        """The default parts (the people who sign stay as typed); saved only on Simpan."""
        text = self.text()
        if self.chosen_event is None or text is None:
            return
        defaults = self.services.laporan.defaults(self.chosen_event)
        self.show_text(replace(defaults, reporter=text.reporter, witnesses=text.witnesses))
        self.message.setText(self.tr("Teks bawaan diisikan; tekan Simpan untuk menyimpannya."))

    def save(self) -> None:
        text, event = self.text(), self.chosen_event
        if text is None or event is None:
            return
        laporan = self.services.laporan
        self.runner.run("save", lambda: laporan.save_text(event, text), self._saved)

    def _saved(self, result: object) -> None:
        if isinstance(result, Invalid):
            lines = (error_line(e, self.labels.get(e.field)) for e in result.errors)
            self.message.setText("\n".join(lines))
            return
        self.message.setText(self.tr("Teks laporan tersimpan."))
