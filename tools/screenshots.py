"""Render every main view of the current event to PNG at 1366x768, offscreen, for review.

    python tools/screenshots.py OUT_DIR [--db PATH_OR_URL] [--lang id|en]

A view may offer ``screenshot_states()`` yielding ``(name, prepare)`` pairs to show
more than its first state; each is rendered after ``prepare()`` runs. The Ikrar view's
states are also rendered as the audience screen sees them, at projector sizes, and
as the leader's view.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import create_application, open_settings
from app.core.locale_format import Language
from app.paths import DB_ENV, default_database_url
from app.services.container import Services
from app.store.store import Store
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.views.ikrar_view import IkrarView
from app.ui.widgets.slide_canvas import Picture, SlideCanvas
from app.ui.workers.task_runner import InlinePool

SIZE = (1366, 768)
AUDIENCE_SIZES = ((1920, 1080), (1024, 768))
LEADER_SIZE = (1280, 720)


def render_stage(view: IkrarView, out: Path) -> list[Path]:
    """The audience screen at each projector size, and the leader's view, for every state."""
    audience = SlideCanvas(view.stage, Picture.AUDIENCE)
    leader = SlideCanvas(view.stage, Picture.LEADER)
    written = []
    for name, prepare in view.screenshot_states():
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
        states = getattr(place.view, "screenshot_states", lambda: [("", lambda: None)])()
        for name, prepare in states:
            prepare()
            for _ in range(3):  # layouts that settle in steps (full-screen modes)
                application.processEvents()
            path = out / f"{number:02d}-{place.key}{'-' + name if name else ''}.png"
            window.grab().save(str(path))
            written.append(path)
        if isinstance(place.view, IkrarView):
            written += render_stage(place.view, out)
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
