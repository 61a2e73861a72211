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
from app.ui.views.place_view import PlaceView
from app.ui.workers.task_runner import Pool

translate = QCoreApplication.translate  # the name Qt's lupdate looks for


AnyView = AcaraView | PesertaView | GerbangView | IkrarView | PaktaView | LaporanView


@dataclass
class Place:
    """``view`` is what the main window talks to; ``widget``, the same object, is what it shows."""

    key: str
    title: str
    icon: str
    view: PlaceView
    widget: QWidget


def _place(key: str, title: str, view: AnyView) -> Place:
    return Place(key, title, key, view, view)


def build_places(services: Services, settings: Settings, pool: Pool | None = None) -> list[Place]:
    """``pool``: where the places read off the UI thread (Qt's pool unless given)."""
    return [
        _place("acara", translate("Places", "Acara"), AcaraView(services, pool=pool)),
        _place("peserta", translate("Places", "Peserta"), PesertaView(services, pool=pool)),
        _place(
            "gerbang", translate("Places", "Gerbang"), GerbangView(services, settings, pool=pool)
        ),
        _place("ikrar", translate("Places", "Ikrar"), IkrarView(services, pool=pool)),
        _place("pakta", translate("Places", "Pakta Integritas"), PaktaView(services, pool=pool)),
        _place("laporan", translate("Places", "Laporan"), LaporanView(services, pool=pool)),
    ]
