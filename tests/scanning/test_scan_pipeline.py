import random

import cv2
import numpy as np
import pytest

from app.scanning.frame_source import SourceError, frames, open_recording
from app.scanning.pipeline import ScanPipeline
from app.scanning.repeat_filter import RepeatFilter
from benchmarks.frameset import background, bench_token, code_frame


def test_a_badge_held_in_view_passes_once_and_again_after_it_left():
    repeats = RepeatFilter(hold=2.0)
    sightings = [repeats.admit("A", t / 30) for t in range(90)]
    assert sightings.count(True) == 1
    assert repeats.admit("A", 90 / 30 + 2.5)
    assert repeats.admit("B", 3.0)


def test_pipeline_reports_a_held_badge_once(tmp_path):
    rng = random.Random(1)
    token = bench_token(rng)
    image = code_frame("badge", token, (640, 480), rng)
    pipeline = ScanPipeline()
    found = [pipeline.process(image, index / 30) for index in range(45)]
    assert found[0] == [token] and all(f == [] for f in found[1:])


def write_video(path, images, fps=15):
    height, width = images[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    for image in images:
        writer.write(image)
    writer.release()


def test_video_and_folder_sources_give_every_frame_with_its_time(tmp_path):
    rng = random.Random(2)
    images = [background(rng, 320, 240) for _ in range(6)]
    write_video(tmp_path / "gate.avi", images)
    captured = list(frames(open_recording(tmp_path / "gate.avi")))
    assert [c.index for c in captured] == list(range(6))
    assert captured[3].at == pytest.approx(3 / 15)
    folder = tmp_path / "frames"
    folder.mkdir()
    for index, image in enumerate(images[:3]):
        cv2.imwrite(str(folder / f"{index:03d}.png"), image)
    (folder / "999.png").write_bytes(b"bukan gambar")
    (folder / "catatan.txt").write_text("abaikan")
    source = open_recording(folder)
    assert len(list(frames(source))) == 3
    assert [p.name for p in source.unreadable] == ["999.png"]


def test_bad_recordings_are_refused_with_a_message(tmp_path):
    (tmp_path / "kosong").mkdir()
    (tmp_path / "rusak.mp4").write_bytes(np.random.default_rng(0).bytes(2000))
    for path, words in [
        (tmp_path / "tidak-ada.mp4", "tidak ditemukan"),
        (tmp_path / "kosong", "tidak berisi gambar"),
        (tmp_path / "rusak.mp4", "bukan video"),
    ]:
        with pytest.raises(SourceError, match=words):
            open_recording(path)
