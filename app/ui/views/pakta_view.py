"""Pakta Integritas: HR marks the signers, officials sign on screen, the signed PDF comes out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.pakta_service import Exported, PaktaTemplate
from app.ui.dialogs.pakta_template_dialog import PaktaTemplateDialog
from app.ui.i18n import number
from app.ui.refusals import refusal_text
from app.ui.views.pakta_paper_panel import PaktaPaperPanel
from app.ui.views.pakta_signers_panel import PaktaSignersPanel
from app.ui.views.pakta_signing_panel import PaktaSigningPanel
from app.ui.views.place_view import PlaceDefaults
from app.ui.widgets.empty_state import EmptyState
from app.ui.workers.task_runner import Pool, TaskRunner

ChooseFile = Callable[[str], Path | None]


class PaktaView(PlaceDefaults, QWidget):
    full_screen_changed = Signal(bool)  # the signing mode, shown on the whole screen

    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.current_event: Event | None = None
        self.choose_pdf_path: ChooseFile = self._ask_pdf_path
        self._new_event = False  # the first signers of an event choose the tab shown
        self.signers_panel = PaktaSignersPanel(services, pool=pool)
        self.signing_panel = PaktaSigningPanel(services, pool=pool)
        self.signers_panel.signers_changed.connect(self.signing_panel.reload)
        self.signing_panel.signed.connect(lambda _person: self.signers_panel.reload())
        self.signing_panel.signers_read.connect(self._signers_read)
        self.paper_panel = PaktaPaperPanel(services, pool=pool)
        self.signing_panel.signed.connect(lambda _person: self.paper_panel.reload())
        self.paper_panel.coverage_changed.connect(lambda _coverage: self._show_count())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.signing_panel, self.tr("Penandatanganan"))
        self.tabs.addTab(self.signers_panel, self.tr("Penanda tangan"))
        self.tabs.addTab(self.paper_panel, self.tr("Lembar kertas (semua pegawai)"))
        self.count_label = QLabel()
        self.count_label.setObjectName("sectionTitle")
        self.template_button = QPushButton(self.tr("Templat pakta…"))
        self.template_button.clicked.connect(self.edit_template)
        self.export_button = QPushButton(self.tr("Ekspor PDF gabungan…"))
        self.export_button.clicked.connect(self.export_pdf)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.top_box = QWidget()
        top = QHBoxLayout(self.top_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.count_label)
        top.addWidget(self.message, 1)
        top.addWidget(self.template_button)
        top.addWidget(self.export_button)
        self.work = QWidget()
        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.top_box)
        work_layout.addWidget(self.tabs, 1)
        self.empty = EmptyState(
            self.tr("Belum ada acara"),
            self.tr("Buat atau pilih acara di Acara lebih dulu; lalu tandai pejabat yang "
                    "menandatangani pakta integritas."),
        )  # fmt: skip
        self.signing_panel.signing_mode_changed.connect(self._signing_mode_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.work)
        layout.addWidget(self.empty)

    def _signing_mode_changed(self, on: bool) -> None:
        """Only the pakta and the signature box: HR's tabs and buttons step aside."""
        self.top_box.setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        self.full_screen_changed.emit(on)

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.work.setVisible(event is not None)
        self.empty.setVisible(event is None)
        self.message.clear()
        self._new_event = True
        self.signers_panel.set_event(event)
        self.signing_panel.set_event(event)  # then ``_signers_read``
        self.paper_panel.set_event(event)
        self._show_count()  # no counts of the last event while this one's are read

    def _signers_read(self) -> None:
        if self._new_event and self.current_event is not None and not self.signing_panel.signers:
            self.tabs.setCurrentWidget(self.signers_panel)
        self._new_event = False
        self._show_count()

    def edit_template(self) -> None:
        """Read the template off the UI thread, then open it."""
        event, pakta = self.current_event, self.services.pakta
        if event is None:
            return
        self.template_button.setEnabled(False)
        self.runner.run(
            "template", lambda: pakta.template(event),
            lambda template: self._edit_template(event, template), self._failed,
        )  # fmt: skip

    def _failed(self, message: str) -> None:
        self.template_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.message.setText(message)

    def _edit_template(self, event: Event, template: PaktaTemplate) -> None:
        self.template_button.setEnabled(True)
        dialog = PaktaTemplateDialog(self.services, event, template, self, self.runner.pool)
        if dialog.exec():
            self.signing_panel.reload()
            self.message.setText(self.tr("Templat tersimpan."))

    def export_pdf(self) -> None:
        """Write the PDF off the UI thread; the button waits until it is written."""
        event, pakta = self.current_event, self.services.pakta
        if event is None:
            return
        path = self.choose_pdf_path(f"pakta-integritas-{event.day.isoformat()}.pdf")
        if path is None:
            return
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Menyimpan {file}…").format(file=path.name))
        self.runner.run(
            "export", lambda: pakta.export_pdf(event, path), self._exported, self._failed
        )

    def _exported(self, result: Exported | Invalid) -> None:
        self.export_button.setEnabled(True)
        if isinstance(result, Invalid):
            self.message.setText("; ".join(refusal_text(e.message) for e in result.errors))
        else:
            self.message.setText(
                self.tr("{pages} pakta disimpan ke {file}.").format(
                    pages=number(result.pages), file=result.path.name
                )
            )

    def _show_count(self) -> None:
        """Officials signed on screen, and everyone's paper sheets once they are counted."""
        signers = self.signing_panel.signers
        done = sum(1 for s in signers if s.signed)
        text = self.tr("Layar: {done} dari {total}").format(
            done=number(done), total=number(len(signers))
        )
        coverage = self.paper_panel.coverage
        if coverage is not None and coverage.total.expected:
            text += " · " + self.tr("Kertas: {signed} dari {expected}").format(
                signed=number(coverage.total.signed_paper),
                expected=number(coverage.total.expected),
            )
        self.count_label.setText(text)
        self.count_label.setToolTip(
            self.tr("Pejabat yang menandatangani di layar, dan lembar kertas bertanda tangan "
                    "dari semua pegawai acara ini.")
        )  # fmt: skip

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF pakta integritas"), suggested, "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None
