"""Frame sources over real files: a folder of images, a video, cameras that are not there."""

import cv2
import numpy as np
import pytest

from app.scanning.frame_source import (
    FOLDER_FRAME_SECONDS,
    ImageFolderSource,
    SourceError,
    fit_width,
    frames,
    open_camera,
    open_recording,
    read_image,
)


def shade(value, width=64, height=48):
    return np.full((height, width, 3), value, dtype=np.uint8)


def test_a_folder_plays_its_images_in_name_order_and_skips_unreadable_ones(tmp_path):
    cv2.imwrite(str(tmp_path / "b.png"), shade(20))
    cv2.imwrite(str(tmp_path / "a.jpg"), shade(200))
    (tmp_path / "c.png").write_bytes(b"bukan gambar")
    (tmp_path / "catatan.txt").write_text("diabaikan")
    source = open_recording(tmp_path)
    assert isinstance(source, ImageFolderSource)
    played = list(frames(source))
    assert [round(f.image.mean(), -1) for f in played] == [200, 20]
    assert [f.at for f in played] == [0, FOLDER_FRAME_SECONDS]
    assert [p.name for p in source.unreadable] == ["c.png"]


def test_a_video_is_played_frame_by_frame_at_its_own_pace(tmp_path):
    path = tmp_path / "rekaman.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
    for value in (0, 100, 200):
        writer.write(shade(value))
    writer.release()
    source = open_recording(path)
    assert source.name == "rekaman.avi" and not source.live
    played = list(frames(source))
    assert [round(f.at, 3) for f in played] == [0, 0.1, 0.2]
    assert [f.index for f in played] == [0, 1, 2]


def test_frames_closes_the_source_even_when_left_early(tmp_path):
    for name in ("1.png", "2.png"):
        cv2.imwrite(str(tmp_path / name), shade(50))
    source = open_recording(tmp_path)
    for _ in frames(source):
        break
    assert source.read() is None


@pytest.mark.parametrize(
    ("name", "message"),
    [("kosong", "tidak berisi gambar"), ("hilang.mp4", "tidak ditemukan"),
     ("rusak.mp4", "bukan video yang dapat dibaca")],
)  # fmt: skip
def test_a_recording_that_cannot_play_is_refused_in_words(tmp_path, name, message):
    (tmp_path / "kosong").mkdir()
    (tmp_path / "rusak.mp4").write_bytes(b"\0" * 100)
    with pytest.raises(SourceError, match=message):
        open_recording(tmp_path / name)


def test_a_camera_that_is_not_there_is_refused_in_words():
    with pytest.raises(SourceError, match="Kamera 41 tidak ditemukan"):
        open_camera(40, (640, 480))


def test_read_image_gives_none_for_a_missing_or_broken_file(tmp_path):
    cv2.imwrite(str(tmp_path / "kartu.png"), shade(90))
    (tmp_path / "rusak.png").write_bytes(b"png?")
    assert read_image(tmp_path / "kartu.png").shape == (48, 64, 3)
    assert read_image(tmp_path / "rusak.png") is None
    assert read_image(tmp_path / "hilang.png") is None
    assert read_image(tmp_path) is None


def test_fit_width_shrinks_keeping_the_shape_and_never_enlarges():
    wide = shade(10, width=1280, height=720)
    assert fit_width(wide, 640).shape == (360, 640, 3)
    small = shade(10, width=320, height=240)
    assert fit_width(small, 640) is small
