"""Render every main view of the current event to PNG at 1366x768, offscreen, for review.

    python tools/screenshots.py OUT_DIR [--db PATH_OR_URL] [--lang id|en]

``screenshot_states`` lists, per place, ``(name, prepare)`` pairs that show more than
its first state (with invented people where the gate needs a result); each is rendered
after ``prepare()`` runs. The Ikrar view's states are also rendered as the audience screen
sees them, at projector sizes, and as the leader's view. The tests walk the same states.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from app.bootstrap import create_application, open_settings
from app.core.badge_token import RejectReason
from app.core.checkin import CheckinResult, Method, PriorCheckin
from app.core.locale_format import Language
from app.core.outcomes import Outcome
from app.core.stage import ReadingMode, Screen
from app.paths import DB_ENV, default_database_url
from app.services.container import Services
from app.store.store import Store
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.places import Place
from app.ui.views.gerbang_view import GerbangView
from app.ui.views.ikrar_view import IkrarView
from app.ui.views.laporan_view import LaporanView
from app.ui.views.pakta_view import PaktaView
from app.ui.views.peserta_view import PesertaView
from app.ui.widgets.slide_canvas import Picture, SlideCanvas
from app.ui.workers.task_runner import InlinePool

SIZE = (1366, 768)
AUDIENCE_SIZES = ((1920, 1080), (1024, 768))
LEADER_SIZE = (1280, 720)
FULL_SCREEN_SAMPLES = (("green", Outcome.RECORDED), ("amber", Outcome.DUPLICATE),
                       ("red", Outcome.INVALID), ("blue", Outcome.NOT_EXPECTED))  # fmt: skip
States = list[tuple[str, Callable[[], None]]]


def show_sample(view: GerbangView, outcome: Outcome) -> None:
    """A result for the first expected person, shown without recording anything."""
    event = view.current_event
    people = view.services.people.expected(event.id) if event and event.id else []
    person = people[0] if people and outcome is not Outcome.INVALID else None
    now = view.services.clock.now()
    first = PriorCheckin(now.replace(hour=7, minute=42), "Gerbang 2", "camera")
    view.panel.show_result(CheckinResult(
        outcome, now, view.station_name(), Method.CAMERA, person,
        reason=RejectReason.BAD_SIGNATURE if outcome is Outcome.INVALID else None,
        first=first if outcome is Outcome.DUPLICATE else None,
        notice="Menuju meja penandatanganan pakta integritas"
        if outcome is Outcome.RECORDED else "",
    ))  # fmt: skip
    view.stack.setCurrentWidget(view.panel)


def gate_states(view: GerbangView) -> States:
    def full(outcome: Outcome) -> None:
        view.set_full_screen(True)
        show_sample(view, outcome)

    def manual() -> None:
        view.open_manual()
        event = view.current_event
        people = view.services.people.expected(event.id) if event and event.id else []
        if people:
            view.manual.search.setText(people[0].name.split()[0])
            view.manual.run_search()

    def walk_in() -> None:
        view.open_walkin()
        view.walkin.name.setText("Drs. Hendra Wijaya")
        view.walkin.id_number.setText("3374011203750004")
        view.walkin.unit.setText("Kantor Kementerian Agama")

    return [
        ("ready", view.show_panel),
        ("green", lambda: show_sample(view, Outcome.RECORDED)),
        ("amber", lambda: show_sample(view, Outcome.DUPLICATE)),
        ("red", lambda: show_sample(view, Outcome.INVALID)),
        ("manual", manual),
        ("walkin", walk_in),
        *[
            (f"full-screen-{name}", lambda outcome=outcome: full(outcome))
            for name, outcome in FULL_SCREEN_SAMPLES
        ],
        ("normal", lambda: view.set_full_screen(False)),
    ]


def ikrar_states(view: IkrarView) -> States:
    """Every slide kind and cover (console and audience)."""
    stage = view.stage
    shipped = {s.source: s for s in stage.known_scripts if s.id is None}

    def prepare(source: str, mode: ReadingMode, index: int, **extra: object) -> Callable[[], None]:
        def apply() -> None:
            if stage.state is None or source not in shipped:
                return
            stage.set_script(shipped[source])
            stage.set_mode(mode)
            stage.go_to(index if index >= 0 else len(stage.state.deck) + index)
            stage.set_notice(str(extra.get("notice", stage.state.notice)))
            if bool(extra.get("notice_shown")) != stage.state.notice_shown:
                stage.toggle_notice()
            cover = extra.get("screen")
            if isinstance(cover, Screen):
                stage.toggle_screen(cover)

        return apply

    ikrar, larangan = "netralitas-asn", "tujuh-larangan"
    one, whole = ReadingMode.ONE_BY_ONE, ReadingMode.WHOLE
    return [
        ("welcome", prepare(ikrar, one, 0)),
        ("opening", prepare(ikrar, one, 1)),
        ("point", prepare(ikrar, one, 2)),
        ("point-longest", prepare(larangan, one, 6)),
        ("whole", prepare(ikrar, whole, 3)),
        ("whole-seven", prepare(larangan, whole, 6)),
        ("closing", prepare(ikrar, one, -1)),
        ("notice", prepare(ikrar, one, 4, notice_shown=True)),
        ("black", prepare(ikrar, one, 2, screen=Screen.BLACK)),
        ("logo", prepare(ikrar, one, 2, screen=Screen.LOGO)),
    ]


def pakta_states(view: PaktaView) -> States:
    def signing_mode() -> None:
        view.tabs.setCurrentWidget(view.signing_panel)
        view.signing_panel.set_signing_mode(True)

    return [
        ("penandatanganan", lambda: view.tabs.setCurrentWidget(view.signing_panel)),
        ("penanda-tangan", lambda: view.tabs.setCurrentWidget(view.signers_panel)),
        ("full-screen-penandatanganan", signing_mode),
        ("biasa", lambda: view.signing_panel.set_signing_mode(False)),
        ("lembar-kertas", lambda: view.tabs.setCurrentWidget(view.paper_panel)),
    ]


def laporan_states(view: LaporanView) -> States:
    def wait_for_preview() -> None:
        view.runner.wait()
        QApplication.processEvents()

    return [
        ("pratinjau", wait_for_preview),
        ("ketidakhadiran", lambda: view.tabs.setCurrentIndex(1)),
        ("daring", lambda: view.tabs.setCurrentIndex(2)),
        ("laporan-pelaksanaan", lambda: view.tabs.setCurrentIndex(3)),
    ]


def peserta_states(view: PesertaView) -> States:
    return [("", lambda: None), ("cari", lambda: view.search.setText("dinas kes"))]


def screenshot_states(place: Place) -> States:
    """The states of ``place`` worth looking at; its first state alone when it has no others."""
    view = place.widget
    if isinstance(view, GerbangView):
        return gate_states(view)
    if isinstance(view, IkrarView):
        return ikrar_states(view)
    if isinstance(view, PaktaView):
        return pakta_states(view)
    if isinstance(view, LaporanView):
        return laporan_states(view)
    if isinstance(view, PesertaView):
        return peserta_states(view)
    return [("", lambda: None)]


def render_stage(view: IkrarView, out: Path) -> list[Path]:
    """The audience screen at each projector size, and the leader's view, for every state."""
    audience = SlideCanvas(view.stage, Picture.AUDIENCE)
    leader = SlideCanvas(view.stage, Picture.LEADER)
    written = []
    for name, prepare in ikrar_states(view):
        prepare()
        for width, height in AUDIENCE_SIZES:
            audience.resize(width, height)
            path = out / f"audience-{name}-{width}x{height}.png"
            audience.grab().save(str(path))
            written.append(path)
        leader.resize(*LEADER_SIZE)
        path = out / f"leader-{name}.png"
        leader.grab().save(str(path))
        written.append(path)
    audience.deleteLater()
    leader.deleteLater()
    return written


def render(out: Path, db: str, language: Language = Language.INDONESIAN) -> list[Path]:
    application = create_application([])
    install_language(language)
    store = Store(db)
    window = MainWindow(Services.build(store), open_settings(), InlinePool())
    window.resize(*SIZE)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, place in enumerate(window.places, start=1):
        window.show_place(place.key)
        for name, prepare in screenshot_states(place):
            prepare()
            for _ in range(3):  # layouts that settle in steps (full-screen modes)
                application.processEvents()
            path = out / f"{number:02d}-{place.key}{'-' + name if name else ''}.png"
            window.grab().save(str(path))
            written.append(path)
        if isinstance(place.widget, IkrarView):
            written += render_stage(place.widget, out)
    window.close()
    store.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", default=os.environ.get(DB_ENV))
    parser.add_argument(
        "--lang", type=Language, default=Language.INDONESIAN, choices=list(Language)
    )
    args = parser.parse_args()
    for path in render(args.out, args.db or default_database_url(), args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
