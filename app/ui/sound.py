"""Short, distinct gate sounds without QtMultimedia (which needs the 60 MB Addons wheel).

The tones are generated once as WAV files in the data folder and played by the
platform's own player: ``winsound`` on Windows, ``afplay`` on macOS, ``paplay`` or
``aplay`` on Linux, started without waiting. Without any of them, Qt's system beep.
"""

from __future__ import annotations

import io
import math
import shutil
import struct
import subprocess
import sys
import wave
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QApplication

RATE = 22_050


class Cue(StrEnum):
    RECORDED = "recorded"  # rising two-note chime
    DUPLICATE = "duplicate"  # one soft middle note
    REFUSED = "refused"  # two low buzzes
    ASK = "ask"  # three quick notes: someone must decide


# (frequency Hz, seconds) per note; 0 Hz is a rest.
MELODIES: dict[Cue, list[tuple[float, float]]] = {
    Cue.RECORDED: [(880, 0.09), (1320, 0.16)],
    Cue.DUPLICATE: [(660, 0.22)],
    Cue.REFUSED: [(180, 0.16), (0, 0.06), (180, 0.22)],
    Cue.ASK: [(988, 0.07), (0, 0.03), (988, 0.07), (0, 0.03), (988, 0.07)],
}


def melody_wav(notes: list[tuple[float, float]]) -> bytes:
    """16-bit mono WAV of the notes, each with a short fade so nothing clicks."""
    samples: list[int] = []
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        fade = max(1, int(RATE * 0.01))
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            # A square-ish wave (sine plus a third harmonic) carries over crowd noise.
            phase = 2 * math.pi * frequency * i / RATE
            value = (math.sin(phase) + 0.3 * math.sin(3 * phase)) if frequency else 0.0
            samples.append(int(0.6 * 32767 * envelope * value / 1.3))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def platform_player() -> Callable[[Path], None]:
    if sys.platform == "win32":
        import winsound

        return lambda path: winsound.PlaySound(
            str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
        )
    for command in ("afplay", "paplay", "aplay"):
        program = shutil.which(command)
        if program:
            quiet = ["-q"] if command == "aplay" else []
            return lambda path: _spawn([program, *quiet, str(path)])
    return lambda path: QApplication.beep()


_playing: list[subprocess.Popen[bytes]] = []


def _spawn(command: list[str]) -> None:
    """Start the player without waiting; finished players are reaped on the next sound."""
    _playing[:] = [player for player in _playing if player.poll() is None]
    _playing.append(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))


class GateSounds:
    def __init__(self, folder: Path, play_file: Callable[[Path], None] | None = None) -> None:
        self.play_file = play_file or platform_player()
        self.enabled = True
        self.files: dict[Cue, Path] = {}
        folder.mkdir(parents=True, exist_ok=True)
        for cue, notes in MELODIES.items():
            path = folder / f"gerbang-{cue.value}.wav"
            data = melody_wav(notes)
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
            self.files[cue] = path

    def play(self, cue: Cue) -> None:
        if self.enabled:
            try:
                self.play_file(self.files[cue])
            except OSError:
                QApplication.beep()
