"""Time from a key press on the Ikrar console to the audience window painted, and fitting cost.

    python benchmarks/ikrar_step.py [--people 1000] [--runs 40]

"Key -> audience painted" steps to a slide never shown before (fitting included) and
repaints the audience window at 1920x1080; a frame at 60 Hz lasts 16.7 ms. "Fit one slide"
lays out the longest shipped slide (seven prohibitions, whole pledge) at 3840x2160, cold.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with demo_event(args.people) as demo:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from app.bootstrap import create_application
        from app.core.slide_compose import compose
        from app.core.stage import ReadingMode, StageState
        from app.services.ikrar_service import shipped_scripts
        from app.ui.slide_rendering import cached_composition, text_measure
        from app.ui.views.ikrar_view import IkrarView

        application = create_application([])
        view = IkrarView(demo.services)
        view.set_event(demo.services.events.get(demo.event_id))
        view.show()
        view.audience_placement.show_on(None)
        view.audience_window.resize(1920, 1080)
        canvas = view.audience_window.canvas
        steps = []
        for run in range(args.runs):
            cached_composition.cache_clear()
            view.stage.go_to(run % 6)
            application.processEvents()
            started = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_Right)
            canvas.repaint()
            steps.append((time.perf_counter() - started) * 1000)
        seven = next(s for s in shipped_scripts() if s.source == "tujuh-larangan")
        state = StageState(seven, "Apel", "Pemerintah", mode=ReadingMode.WHOLE, index=8)
        fits = []
        for _ in range(args.runs):
            started = time.perf_counter()
            measure = text_measure("Noto Sans")
            measure.widths.clear()
            compose(replace(state, present=len(fits)), state.current, (3840, 2160), measure)
            fits.append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
        application.processEvents()
    print_table(
        "Ikrar: key press to audience screen painted (1920x1080), and fitting one slide",
        [
            ("key -> audience painted, new slide", steps, "< 16.7 ms (one frame)"),
            ("fit one slide, 7 long points, 4K, cold", fits, "< 50 ms"),
        ],
        unit="ms",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
