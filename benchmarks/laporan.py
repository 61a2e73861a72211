"""Time ``netra laporan build`` and ``laporan verify`` for a demo event.

    python benchmarks/laporan.py [--people 10000] [--signed 40] [--photos 12] [--runs 3]

The event has ``--people`` people (70% present), ``--signed`` signed pakta integritas and
``--photos`` 4000 x 3000 camera-sized JPEG photos. Each build draws every part (laporan,
berita acara, daftar hadir, rekap, pakta, ikrar, photos), numbers and bookmarks the bundle,
signs it and writes the ZIP with its manifest; each verify checks the signature, the
manifest, the anchor and every fact against the database.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw

from app.services.laporan_bundle import BundleWritten
from benchmarks.demo_event import demo_event
from benchmarks.machine import print_table
from benchmarks.pakta import signature_strokes


def camera_photo(path: Path, seed: int) -> None:
    """A 12-megapixel JPEG with shapes on it, about the size a phone camera writes."""
    image = Image.new("RGB", (4000, 3000), (30 + seed * 15 % 200, 90, 60))
    draw = ImageDraw.Draw(image)
    for step in range(0, 4000, 97):
        top = (step * 7 + seed * 50) % 2800
        draw.ellipse((step, top, step + 180, top + 180), fill=((step + seed) % 255, 120, 200))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    path.write_bytes(buffer.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--signed", type=int, default=40)
    parser.add_argument("--photos", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with demo_event(args.people) as demo:
        services, event_id = demo.services, demo.event_id
        event = services.events.get(event_id)
        assert event is not None
        candidates = services.pakta.candidates(event)
        for person in candidates[: max(0, args.signed - len(services.pakta.signers(event_id)))]:
            services.pakta.add_signer(event_id, person.id)
        for number, signer in enumerate(services.pakta.signers(event_id)[: args.signed]):
            services.pakta.sign(event, signer, signature_strokes(number))
        photos = demo.folder / "foto"
        photos.mkdir()
        for number in range(args.photos):
            camera_photo(photos / f"foto-{number:02d}.jpg", number)
        if args.photos:
            services.laporan.add_photos(event_id, [photos])
        building, verifying, pages = [], [], 0
        for run in range(args.runs):
            out = demo.folder / f"out-{run}"
            started = time.perf_counter()
            written = services.laporan_bundle.build(event_id, out)
            building.append(time.perf_counter() - started)
            assert isinstance(written, BundleWritten), written
            pages = written.pages
            started = time.perf_counter()
            verdict = services.laporan_verify.verify(out)
            verifying.append(time.perf_counter() - started)
            assert verdict.ok, verdict  # type: ignore[union-attr]
            shutil.rmtree(out)
    print_table(
        f"Laporan pelaksanaan bundle: {args.people:,} people, {args.signed} signed pakta, "
        f"{args.photos} photos ({pages} pages)",
        [
            ("laporan build (every part, bundle, signature, ZIP)", building, "< 60 s"),
            (
                "laporan verify (folder: manifest, signature, anchor, facts, laporan pages)",
                verifying,
                "-",
            ),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
