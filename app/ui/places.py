"""The places a user works in, in navigation order: one line per place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.container import Services
from app.settings import Settings
from app.ui.views.acara_view import AcaraView
from app.ui.views.gerbang_view import GerbangView
from app.ui.views.peserta_view import PesertaView
from app.ui.views.placeholder_view import PlaceholderView


def tr(text: str) -> str:
    return QCoreApplication.translate("Places", text)


@dataclass
class Place:
    key: str
    title: str
    icon: str
    view: QWidget


def build_places(services: Services, settings: Settings) -> list[Place]:
    return [
        Place("acara", tr("Acara"), "acara", AcaraView(services)),
        Place("peserta", tr("Peserta"), "peserta", PesertaView(services)),
        Place("gerbang", tr("Gerbang"), "gerbang", GerbangView(services, settings)),
        Place(
            "ikrar", tr("Ikrar"), "ikrar",
            PlaceholderView(
                tr("Ikrar netralitas"),
                tr("Di sini teks ikrar ditampilkan butir demi butir ke layar proyektor."),
            ),
        ),
        Place(
            "pakta", tr("Pakta Integritas"), "pakta",
            PlaceholderView(
                tr("Pakta integritas"),
                tr("Di sini pejabat menandatangani pakta integritas di layar. Tandai "
                   "penandatangan dari daftar Peserta."),
            ),
        ),
        Place(
            "laporan", tr("Laporan"), "laporan",
            PlaceholderView(
                tr("Laporan"),
                tr("Di sini daftar hadir dicetak dan data diekspor ke Excel setelah apel."),
            ),
        ),
    ]  # fmt: skip
