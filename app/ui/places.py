"""The places a user works in, in navigation order: one line per place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.container import Services
from app.settings import Settings
from app.ui.views.acara_view import AcaraView
from app.ui.views.gerbang_view import GerbangView
from app.ui.views.ikrar_view import IkrarView
from app.ui.views.laporan_view import LaporanView
from app.ui.views.pakta_view import PaktaView
from app.ui.views.peserta_view import PesertaView
from app.ui.workers.task_runner import Pool

translate = QCoreApplication.translate  # the name Qt's lupdate looks for


@dataclass
class Place:
    key: str
    title: str
    icon: str
    view: QWidget


def build_places(services: Services, settings: Settings, pool: Pool | None = None) -> list[Place]:
    """``pool``: where the views' reads run (the window's; tests give one that runs at once)."""
    return [
        Place("acara", translate("Places", "Acara"), "acara", AcaraView(services)),
        Place(
            "peserta", translate("Places", "Peserta"), "peserta", PesertaView(services, pool=pool)
        ),
        Place(
            "gerbang", translate("Places", "Gerbang"), "gerbang",
            GerbangView(services, settings),
        ),
        Place(
            "ikrar", translate("Places", "Ikrar"), "ikrar",
            IkrarView(services),
        ),
        Place("pakta", translate("Places", "Pakta Integritas"), "pakta", PaktaView(services)),
        Place("laporan", translate("Places", "Laporan"), "laporan", LaporanView(services)),
    ]  # fmt: skip
