import hashlib

import pytest
from pypdf import PdfReader

from app.services.event_service import Invalid
from app.services.laporan_bundle import BundleWritten
from tests.laporan_samples import photo_file


@pytest.fixture
def event_id(demo):
    return demo.events.list_events()[0].id


def _photo_count(page) -> int:
    objects = page["/Resources"].get("/XObject", {})
    return sum(1 for ref in objects.values() if ref.get_object()["/Subtype"] == "/Image")


def test_photos_are_kept_as_originals_with_their_sha256(demo, event_id, tmp_path):
    path = photo_file(tmp_path, "apel.jpg", (3000, 2000), "darkgreen")
    added = demo.laporan.add_photos(event_id, [path], "Peserta membaca ikrar")
    assert not isinstance(added, Invalid)
    (photo,) = demo.laporan.photos(event_id)
    kept = demo.laporan.photo_path(event_id, photo)
    assert kept.read_bytes() == path.read_bytes()
    assert photo.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() == kept.stem
    assert (photo.caption, photo.width, photo.height) == ("Peserta membaca ikrar", 3000, 2000)
    assert kept.parent.parent == demo.laporan.photo_folder


@pytest.mark.parametrize(("per_page", "pages"), [(2, 3), (4, 2)])
def test_photos_are_laid_out_two_or_four_to_a_page(demo, event_id, tmp_path, per_page, pages):
    folder = tmp_path / "foto"
    folder.mkdir()
    for index in range(5):
        size = (1600 + index, 1000) if index % 2 else (900 + index, 1400)
        photo_file(folder, f"{index}.jpg", size, "navy")
    assert not isinstance(demo.laporan.add_photos(event_id, [folder]), Invalid)
    result = demo.laporan_bundle.build(event_id, tmp_path / "out", per_page)
    assert isinstance(result, BundleWritten)
    part = next(p for p in result.parts if p.name == "Lampiran: dokumentasi")
    assert part.pages == pages
    reader = PdfReader(result.pdf)
    counts = [_photo_count(reader.pages[part.first - 1 + i]) for i in range(part.pages)]
    assert sum(counts) == 5 and max(counts) == per_page
    for index in range(part.pages):
        page = reader.pages[part.first - 1 + index]
        for ref in page["/Resources"]["/XObject"].values():
            image = ref.get_object()
            assert max(image["/Width"], image["/Height"]) <= 1600  # resized for print


def test_bad_photo_files_are_named_and_change_nothing(demo, event_id, tmp_path):
    good = photo_file(tmp_path, "baik.jpg", (800, 600), "maroon")
    text = tmp_path / "catatan.jpg"
    text.write_text("bukan gambar")
    truncated = tmp_path / "terpotong.jpg"
    truncated.write_bytes(photo_file(tmp_path, "asal.jpg", (800, 600), "navy").read_bytes()[:3000])
    huge = tmp_path / "besar.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"\0" * (41 * 1024 * 1024))
    for bad, words in ((text, "bukan gambar"), (truncated, "terpotong"), (huge, "40 MB")):
        result = demo.laporan.add_photos(event_id, [good, bad])
        assert isinstance(result, Invalid)
        (error,) = result.errors
        assert bad.name in error.message and words in error.message
        assert "Error" not in error.message
    assert demo.laporan.photos(event_id) == []
    assert not demo.laporan.photo_folder.exists() or not any(
        demo.laporan.photo_folder.rglob("*.jpg")
    )


def test_the_same_photo_twice_is_refused(demo, event_id, tmp_path):
    path = photo_file(tmp_path, "sama.jpg", (800, 600), "navy")
    assert not isinstance(demo.laporan.add_photos(event_id, [path]), Invalid)
    again = demo.laporan.add_photos(event_id, [path])
    assert isinstance(again, Invalid) and "sudah ada" in again.errors[0].message
    assert len(demo.laporan.photos(event_id)) == 1
