"""The large result panel of the gate, made to be read from two metres.

Green: recorded (also the same arrival read again moments later). Amber: already
recorded earlier, with when and where. Red: refused, with the reason. Blue: a valid
badge that is not on this event's list; the staff may let the person in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.badge_token import RejectReason
from app.core.checkin import CheckinResult, Method
from app.core.outcomes import Outcome
from app.ui.i18n import clock_time
from app.ui.refusals import refusal_text
from app.ui.widgets.symbol_icon import Symbol, symbol_icon


class PanelState(StrEnum):
    READY = "ready"
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    ASK = "ask"


# background, text
COLOURS = {
    PanelState.READY: ("#e3e9ee", "#1c2733"),
    PanelState.GREEN: ("#0b7a3e", "#ffffff"),
    PanelState.AMBER: ("#f2a900", "#1c1c1c"),
    PanelState.RED: ("#c62828", "#ffffff"),
    PanelState.ASK: ("#1f5fa8", "#ffffff"),
}


# Each state has its own shape too, for staff who cannot tell red from green.
SYMBOLS = {
    PanelState.READY: Symbol.FRAME,
    PanelState.GREEN: Symbol.TICK,
    PanelState.AMBER: Symbol.TWO_TICKS,
    PanelState.RED: Symbol.CROSS,
    PanelState.ASK: Symbol.QUESTION,
}


@dataclass(frozen=True)
class TextSizes:
    """Type sizes of the panel (Qt style sheet lengths) and its symbol's pixels."""

    base: str
    headline: str
    name: str
    detail: str
    notice: str
    button: str
    icon: int


NORMAL_SIZES = TextSizes("15pt", "32pt", "24pt", "17pt", "15pt", "14pt", 56)
# Full screen, in pixels, to be read from two metres: at 768 px high the state word's
# capitals are >= 72 px, the name's >= 48 px, NIP and unit >= 32 px (Noto Sans capitals
# are 0.71 of the pixel size).
FULL_SCREEN_SIZES = TextSizes("47px", "104px", "70px", "36px", "34px", "22px", 120)


def state_of(result: CheckinResult) -> PanelState:
    if result.shows_recorded:
        return PanelState.GREEN
    if result.outcome is Outcome.DUPLICATE:
        return PanelState.AMBER
    if result.outcome is Outcome.NOT_EXPECTED:
        return PanelState.ASK
    return PanelState.RED


class ResultPanel(QFrame):
    admit_requested = Signal(object)  # the NOT_EXPECTED CheckinResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.state = PanelState.READY
        self.sizes = NORMAL_SIZES
        self.result: CheckinResult | None = None
        self.icon = QLabel()
        self.icon.setObjectName("stateIcon")
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.name_label = QLabel()
        self.name_label.setObjectName("personName")
        self.id_label = QLabel()
        self.unit_label = QLabel()
        self.detail_label = QLabel()
        self.detail_label.setObjectName("detail")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("notice")
        for label in (self.headline, self.name_label, self.unit_label, self.detail_label,
                      self.notice_label):  # fmt: skip
            label.setWordWrap(True)
        self.photo = QLabel()
        self.photo.setFixedSize(150, 200)
        self.photo.setScaledContents(False)
        self.admit_button = QPushButton(self.tr("Izinkan masuk dan catat hadir"))
        self.admit_button.setObjectName("admitButton")
        self.admit_button.clicked.connect(self._admit)
        heading = QHBoxLayout()
        heading.setSpacing(18)
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.headline, 1)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addLayout(heading)
        for widget in (self.name_label, self.id_label, self.unit_label,
                       self.detail_label, self.notice_label):  # fmt: skip
            text.addWidget(widget)
        text.addWidget(self.admit_button, 0, Qt.AlignmentFlag.AlignLeft)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addLayout(text, 1)
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        for state in PanelState:  # style each state once now, not on the first scan
            self._paint(state)
        self.show_ready()

    def set_full_screen(self, full: bool) -> None:
        """Full-screen type sizes (the gate's result mode) or the normal ones."""
        self.sizes = FULL_SCREEN_SIZES if full else NORMAL_SIZES
        self._paint(self.state)

    def show_ready(self, hint: str = "") -> None:
        self.result = None
        self._paint(PanelState.READY)
        self.headline.setText(self.tr("SIAP MEMINDAI"))
        self.name_label.setText(
            hint or self.tr("Tunjukkan kartu QR ke kamera atau pindai dengan pemindai.")
        )
        for label in (self.id_label, self.unit_label, self.detail_label, self.notice_label):
            label.clear()
            label.hide()
        self.photo.hide()
        self.admit_button.hide()

    def show_result(self, result: CheckinResult) -> None:
        self.result = result
        state = state_of(result)
        self._paint(state)
        self.headline.setText(self._headline(result, state))
        person = result.person
        self.name_label.setText(person.display_name if person else self._refusal(result))
        self.id_label.setText(self._identity(result))
        self.unit_label.setText(person.unit if person else "")
        self.detail_label.setText(self._detail(result, state))
        self.notice_label.setText(refusal_text(result.notice))
        for label in (self.id_label, self.unit_label, self.detail_label, self.notice_label):
            label.setVisible(bool(label.text()))
        self.admit_button.setVisible(state is PanelState.ASK)
        pixmap = QPixmap()
        if result.photo and pixmap.loadFromData(result.photo):
            self.photo.setPixmap(
                pixmap.scaled(
                    self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
            self.photo.show()
        else:
            self.photo.hide()

    def _headline(self, result: CheckinResult, state: PanelState) -> str:
        if state is PanelState.GREEN:
            return self.tr("TERCATAT — TERLAMBAT") if result.outcome is Outcome.LATE else (
                self.tr("TERCATAT")
            )  # fmt: skip
        if state is PanelState.AMBER:
            return self.tr("SUDAH TERCATAT")
        if state is PanelState.ASK:
            return self.tr("BUKAN PESERTA ACARA INI")
        if result.outcome is Outcome.NOT_SAVED:
            return self.tr("TIDAK TERCATAT")
        if result.outcome is Outcome.GATE_CLOSED:
            return self.tr("GERBANG DITUTUP")
        return self.tr("DITOLAK")

    def _identity(self, result: CheckinResult) -> str:
        person = result.person
        if person is None:
            return ""
        if person.is_guest:
            return self.tr("Tamu · {id}").format(id=person.display_id)
        return person.display_id

    def _refusal(self, result: CheckinResult) -> str:
        reasons = {
            RejectReason.MALFORMED: self.tr("Kode ini bukan kartu peserta yang dikenal."),
            RejectReason.UNKNOWN_KEY: self.tr("Kartu dari instansi lain atau kunci tidak dikenal."),
            RejectReason.BAD_SIGNATURE: self.tr("Tanda tangan kartu tidak sah (palsu atau rusak)."),
            RejectReason.REVOKED: self.tr("Kartu lama: sudah diganti kartu baru."),
            RejectReason.UNKNOWN_PERSON: self.tr(
                "Pemilik kartu tidak ada di daftar pegawai aktif."
            ),
        }
        if result.outcome is Outcome.NOT_SAVED:
            return self.tr("Belum tercatat.")
        if result.outcome is Outcome.GATE_CLOSED:
            return self.tr(
                "Gerbang acara ini sudah ditutup: kehadiran tidak dicatat lagi. "
                "HR dapat membukanya kembali di Acara dengan PIN admin."
            )
        return reasons.get(result.reason, self.tr("Kode tidak sah.")) if result.reason else (
            self.tr("Kode tidak sah.")
        )  # fmt: skip

    def _detail(self, result: CheckinResult, state: PanelState) -> str:
        first = result.first
        if state is PanelState.AMBER and first is not None:
            return self.tr("sudah tercatat pukul {time} di {station}").format(
                time=clock_time(first.at.time()), station=first.station
            )
        if state is PanelState.GREEN:
            at, station = (first.at, first.station) if result.repeat and first else (
                result.at, result.station
            )  # fmt: skip
            line = self.tr("pukul {time} di {station}").format(
                time=clock_time(at.time()), station=station
            )
            if result.method is Method.MANUAL and not result.repeat:
                line += self.tr(" · dicatat manual: {note}").format(note=result.note)
            if result.method is Method.WALKIN and not result.repeat:
                line += self.tr(" · tamu: {note}").format(note=result.note)
            return line
        if state is PanelState.ASK:
            return self.tr("Kartu sah, tetapi tidak ada di daftar peserta acara ini.")
        if result.outcome in (Outcome.REVOKED, Outcome.GATE_CLOSED):
            return self._refusal(result)
        return ""

    def _paint(self, state: PanelState) -> None:
        self.state = state
        background, text = COLOURS[state]
        size = self.sizes
        self.icon.setPixmap(symbol_icon(SYMBOLS[state], size.icon, text))
        panel = "QFrame#resultPanel"
        self.setStyleSheet(
            f"{panel} {{ background: {background}; border-radius: 14px; }}"
            f"{panel} QLabel {{ color: {text}; background: transparent;"
            f" font-size: {size.base}; }}"
            f"{panel} QLabel#headline {{ font-size: {size.headline}; font-weight: 800; }}"
            f"{panel} QLabel#personName {{ font-size: {size.name}; font-weight: 700; }}"
            f"{panel} QLabel#detail {{ font-size: {size.detail}; font-weight: 600; }}"
            f"{panel} QLabel#notice {{ background: #fff3c4; color: #3d2c00; border-radius: 8px;"
            f" padding: 8px 12px; font-size: {size.notice}; font-weight: 700; }}"
            f"{panel} QPushButton#admitButton {{ font-size: {size.button}; padding: 10px 20px;"
            " background: #ffffff; color: #1f5fa8; border-radius: 8px; font-weight: 700; }"
        )

    def _admit(self) -> None:
        if self.result is not None:
            self.admit_requested.emit(self.result)
