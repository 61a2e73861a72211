"""A demo event ready for a laporan: signers (some signed), an absence, photos."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from app.services.container import Services
from app.services.pakta_service import Signed
from tests.pakta_samples import scribble


def photo_file(folder: Path, name: str, size: tuple[int, int], colour: str) -> Path:
    """A real JPEG of ``size`` with a shape on it, so a layout shows which is which."""
    image = Image.new("RGB", size, colour)
    for x in range(size[0] // 4, size[0] // 2):
        for y in range(size[1] // 4, size[1] // 4 + 20):
            image.putpixel((x, y), (255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path


def prepare_laporan(services: Services, folder: Path) -> int:
    """Three signers of whom two signed, one absence recorded, three photos; the event id."""
    event = services.events.list_events()[0]
    assert event.id is not None
    for person in services.pakta.candidates(event)[:3]:
        services.pakta.add_signer(event.id, person.id)
    for number, signer in enumerate(services.pakta.signers(event.id)[:2]):
        assert isinstance(services.pakta.sign(event, signer, scribble(number)), Signed)
    report = services.reports.attendance(event.id)
    absent = next(line for line in report.lines if not line.present)  # type: ignore[union-attr]
    recorded = services.absences.record(event.id, absent.person.id_number, "sakit", "surat dokter")
    assert not hasattr(recorded, "errors"), recorded
    photos = folder / "foto"
    photos.mkdir()
    for index, colour in enumerate(("darkgreen", "navy", "maroon")):
        photo_file(photos, f"foto-{index + 1}.jpg", (1200, 800), colour)
    added = services.laporan.add_photos(event.id, [photos])
    assert not hasattr(added, "errors"), added
    return event.id
