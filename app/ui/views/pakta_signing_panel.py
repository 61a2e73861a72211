"""The signing table: the official reads their own pakta and signs it by hand below."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.events import Event
from app.core.ink import Stroke, ink_problem
from app.core.pakta import BlockKind, Signer, layout_blocks
from app.services.container import Services
from app.services.event_service import Invalid
from app.services.pakta_service import NeedsConfirmation, Signed
from app.ui.field_errors import as_sentence
from app.ui.labels import role_label
from app.ui.refusals import refusal_text
from app.ui.widgets.signature_pad import SignaturePad
from app.ui.widgets.signing_mirror_window import SigningMirrorWindow
from app.ui.widgets.sizes import QWIDGETSIZE_MAX
from app.ui.workers.task_runner import Pool, TaskRunner

Confirm = Callable[[str, str], bool]
READING_POINTS = 13.0
# Signing mode: the largest type at which the whole pakta fits above the signature box.
SIGNING_POINTS = (17.0, 16.0, 15.0, 14.0, 13.0, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0)
TEXT_SHARE = 0.66  # at most, of the height: the pakta; the signature box takes the rest


def ask(parent: QWidget) -> Confirm:
    """A yes/no question in a message box; views take it as a parameter so tests can answer."""

    def question(title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    return question


def pakta_html(text: str, points: float = READING_POINTS) -> str:
    """The filled pakta laid out for reading at the signing table."""
    parts = [f'<div style="font-family: serif; font-size: {points:g}pt; line-height: 135%;">']
    for block in layout_blocks(text):
        body = escape(block.text)
        if block.kind is BlockKind.TITLE:
            parts.append(f'<p align="center"><b><u>{body}</u></b></p>')
        elif block.kind is BlockKind.FIELD:
            parts.append(
                '<table cellpadding="1" style="margin-left: 24px;"><tr>'
                f'<td width="110">{escape(block.label)}</td><td width="14">:</td>'
                f"<td>{body}</td></tr></table>"
            )
        elif block.kind is BlockKind.ITEM:
            parts.append(
                f'<table cellpadding="1"><tr><td width="28" valign="top">{escape(block.label)}'
                f"</td><td>{body}</td></tr></table>"
            )
        elif block.kind is BlockKind.CLOSING:
            parts.append(f'<p align="right">{body}</p>')
        else:
            parts.append(f'<p align="justify">{body}</p>')
    parts.append("</div>")
    return "".join(parts)


def pakta_height(text: str, points: float, width: int, font: QFont) -> float:
    """How tall the pakta is when laid out ``width`` pixels wide at ``points``."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setHtml(pakta_html(text, points))
    document.setTextWidth(width)
    return document.size().height()


class PaktaSigningPanel(QWidget):
    signed = Signal(int)  # person id
    signing_mode_changed = Signal(bool)
    signers_read = Signal()  # ``signers`` hold the event's signers as read now

    def __init__(
        self, services: Services, parent: QWidget | None = None, pool: Pool | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(services.store, self, pool)
        self.current_event: Event | None = None
        self.signers: list[Signer] = []
        self.confirm: Confirm = ask(self)
        self.mirror: SigningMirrorWindow | None = None

        self.signer_box = QComboBox()
        self.signer_box.setMinimumWidth(420)
        self.signer_box.currentIndexChanged.connect(self._show_signer)
        self.previous_button = QPushButton(self.tr("◀ Sebelumnya"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(self.tr("Berikutnya ▶"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.status_label = QLabel()
        self.document = QTextBrowser()
        self.document.setObjectName("paktaDocument")
        self.pad = SignaturePad()
        self.pad.ink_changed.connect(self._ink_changed)
        self.undo_button = QPushButton(self.tr("Batalkan goresan"))
        self.undo_button.clicked.connect(self.pad.undo_last_stroke)
        self.clear_button = QPushButton(self.tr("Hapus"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.mirror_button = QPushButton(self.tr("Tampilkan di proyektor"))
        self.mirror_button.setCheckable(True)
        self.mirror_button.toggled.connect(self._toggle_mirror)
        self.sign_button = QPushButton(self.tr("Tanda tangani"))
        self.sign_button.setObjectName("primaryButton")
        self.sign_button.clicked.connect(self.sign)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.signing_mode = False
        self.pakta_text = ""
        self.mode_button = QPushButton(self.tr("Mode penandatanganan"))
        self.mode_button.setCheckable(True)
        self.mode_button.toggled.connect(self.set_signing_mode)

        self.top_box = QWidget()
        top = QHBoxLayout(self.top_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Penanda tangan:")))
        top.addWidget(self.signer_box, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.mode_button, self.mirror_button, self.undo_button, self.clear_button,
                       self.sign_button):  # fmt: skip
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_box)
        layout.addWidget(self.document, 1)
        layout.addWidget(self.pad, 0)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_event(self, event: Event | None) -> None:
        self.current_event = event
        self.reload()

    def reload(self, select_person: int | None = None, said: str = "") -> None:
        """Read the signers off the UI thread; the list follows when they come, then the
        message ``said`` (showing a signer clears the one before)."""
        current = self.current_signer()
        wanted = select_person or (current.person_id if current else None)
        event_id = self.current_event.id if self.current_event else None
        pakta = self.services.pakta
        self.runner.run(
            "signers", lambda: pakta.signers(event_id) if event_id is not None else [],
            lambda signers: self._signers_read(signers, wanted, said),
        )  # fmt: skip

    def _signers_read(self, signers: list[Signer], wanted: int | None, said: str) -> None:
        self.signers = signers
        self.signer_box.blockSignals(True)
        self.signer_box.clear()
        for number, signer in enumerate(self.signers, start=1):
            mark = " ✓" if signer.signed else ""
            self.signer_box.addItem(
                f"{number}. {signer.name} — {role_label(signer.role)}{mark}", signer.person_id
            )
        index = self.signer_box.findData(wanted) if wanted else -1
        if index < 0:
            index = next((i for i, s in enumerate(self.signers) if not s.signed), 0)
        self.signer_box.setCurrentIndex(index if self.signers else -1)
        self.signer_box.blockSignals(False)
        self._show_signer()
        if said:
            self._say(said)
        self.signers_read.emit()

    def current_signer(self) -> Signer | None:
        index = self.signer_box.currentIndex()
        return self.signers[index] if 0 <= index < len(self.signers) else None

    def sign(self) -> None:
        """Refuse too little ink, ask for confirmation, and store; a re-sign asks again."""
        signer = self.current_signer()
        if self.current_event is None or signer is None:
            return
        strokes = self.pad.strokes()
        problem = ink_problem(strokes)
        if problem:
            self._say(as_sentence(refusal_text(problem)) + ".", error=True)
            return
        if not self.confirm(
            self.tr("Tanda tangani"),
            self.tr("Simpan tanda tangan {name} pada pakta integritas ini?").format(
                name=signer.name
            ),
        ):
            return
        self._store(self.current_event, signer, strokes, replace=False)

    def _store(self, event: Event, signer: Signer, strokes: list[Stroke], replace: bool) -> None:
        """Store the signature off the UI thread; the pad waits while it is stored."""
        pakta = self.services.pakta
        self.sign_button.setEnabled(False)
        self.pad.setEnabled(False)
        self._say(self.tr("Menyimpan…"))
        self.runner.run(
            "sign", lambda: pakta.sign(event, signer, strokes, replace=replace),
            lambda result: self._stored(event, signer, strokes, result), self._store_failed,
        )  # fmt: skip

    def _store_failed(self, message: str) -> None:
        self._update_buttons()
        self._say(message, error=True)

    def _stored(
        self, event: Event, signer: Signer, strokes: list[Stroke],
        result: Signed | NeedsConfirmation | Invalid,
    ) -> None:  # fmt: skip
        self._update_buttons()
        self.message.clear()
        if isinstance(result, NeedsConfirmation):
            if self.confirm(
                self.tr("Ganti tanda tangan"),
                self.tr(
                    "{name} sudah menandatangani pakta ini. Ganti tanda tangan sebelumnya dengan "
                    "yang baru? Keduanya tetap tercatat di log audit."
                ).format(name=signer.name),
            ):
                self._store(event, signer, strokes, replace=True)
        elif isinstance(result, Invalid):
            self._say(
                as_sentence("; ".join(refusal_text(e.message) for e in result.errors)), error=True
            )
        elif isinstance(result, Signed):
            following = next(
                (s for s in self.signers[self.signer_box.currentIndex() + 1 :] if not s.signed),
                None,
            )
            said = self.tr("Tersimpan. Sidik jari {short}…").format(short=result.fingerprint[:16])
            self.reload(following.person_id if following else signer.person_id, said)
            self.signed.emit(signer.person_id)

    def _step(self, offset: int) -> None:
        index = self.signer_box.currentIndex() + offset
        if 0 <= index < self.signer_box.count():
            self.signer_box.setCurrentIndex(index)

    def _show_signer(self) -> None:
        signer = self.current_signer()
        self.pad.clear()
        self.message.clear()
        if self.current_event is None or signer is None:
            self.document.setHtml(
                "<p style='font-size: 13pt; color: #5b6975;'>"
                + self.tr(
                    "Belum ada penanda tangan. Tandai pejabat yang menandatangani di tab "
                    "Penanda tangan."
                )
                + "</p>"
            )
            self.status_label.clear()
        else:
            event, pakta = self.current_event, self.services.pakta
            self.runner.run(
                "text", lambda: pakta.pakta_text(event, signer),
                lambda text: self._show_text(signer, text),
            )  # fmt: skip
        self._update_buttons()

    def _show_text(self, signer: Signer, text: str) -> None:
        self.pakta_text = text
        self._show_pakta()
        self.status_label.setText(
            self.tr("Sudah ditandatangani") if signer.signed else self.tr("Belum")
        )
        if self.mirror:
            self.mirror.show_signer(signer.name, role_label(signer.role))

    def set_signing_mode(self, on: bool) -> None:
        """The official's view: the whole pakta readable without scrolling, the signature box
        as large as the rest allows; the operator's buttons stay in the bottom row."""
        if on == self.signing_mode:
            return
        self.signing_mode = on
        self.mode_button.setChecked(on)
        self.mode_button.setText(self.tr("Layar biasa") if on else self.tr("Mode penandatanganan"))
        self.top_box.setVisible(not on)
        policy = QSizePolicy.Policy
        self.pad.setSizePolicy(policy.Expanding, policy.Expanding if on else policy.Fixed)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # The pakta takes what it needs (capped below), the signature box the rest; no fixed
        # height, so the window never grows past the screen while the fit settles.
        layout.setStretchFactor(self.document, 100 if on else 1)
        layout.setStretchFactor(self.pad, 1 if on else 0)
        self.signing_mode_changed.emit(on)
        self._show_pakta()

    def _show_pakta(self) -> None:
        if not self.signing_mode:
            self.document.setMaximumHeight(QWIDGETSIZE_MAX)
            self.document.setHtml(pakta_html(self.pakta_text))
            return
        width = self.document.viewport().width() or self.width() - 40
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        taken = (
            self.pad.minimumHeight() + self.sign_button.sizeHint().height()
            + 2 * layout.spacing() + margins.top() + margins.bottom()
            + 2 * self.document.frameWidth() + 4
        )  # fmt: skip
        room = min(self.height() * TEXT_SHARE, self.height() - taken)
        font = self.document.font()
        points = next(
            (p for p in SIGNING_POINTS if pakta_height(self.pakta_text, p, width, font) <= room),
            SIGNING_POINTS[-1],
        )
        self.document.setHtml(pakta_html(self.pakta_text, points))
        frame = self.document.frameWidth() * 2 + 4
        self.document.setMaximumHeight(
            int(pakta_height(self.pakta_text, points, width, font)) + frame
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.signing_mode:
            self._show_pakta()

    def _ink_changed(self) -> None:
        self._update_buttons()
        if self.mirror and self.mirror.isVisible():
            self.mirror.show_strokes(self.pad.strokes(), (self.pad.width(), self.pad.height()))

    def _update_buttons(self) -> None:
        has_signer = self.current_signer() is not None
        self.sign_button.setEnabled(has_signer and self.pad.has_ink())
        self.undo_button.setEnabled(self.pad.has_ink())
        self.clear_button.setEnabled(self.pad.has_ink())
        self.pad.setEnabled(has_signer)
        self.previous_button.setEnabled(self.signer_box.currentIndex() > 0)
        self.next_button.setEnabled(self.signer_box.currentIndex() < self.signer_box.count() - 1)

    def _toggle_mirror(self, on: bool) -> None:
        if not on:
            if self.mirror:
                self.mirror.hide()
            return
        if self.mirror is None:
            self.mirror = SigningMirrorWindow(self)
            self.mirror.closed.connect(lambda: self.mirror_button.setChecked(False))
        signer = self.current_signer()
        if signer:
            self.mirror.show_signer(signer.name, role_label(signer.role))
        self.mirror.show_strokes(self.pad.strokes(), (self.pad.width(), self.pad.height()))
        screens = QGuiApplication.screens()
        own = self.screen()
        self.mirror.show_on(next((s for s in screens if s is not own), None))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b42318;" if error else "color: #0b5d3b;")
        self.message.setText(text)
