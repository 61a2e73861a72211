"""The gate's decoder on generated webcam frames (qrcode -> image -> perturbations)."""

import itertools
import random
import zlib

import pytest
import zxingcpp

from app.scanning.decoder import decode_frame, to_gray
from benchmarks.frameset import bench_token, clutter_frame, code_frame, frame_set, two_code_frame

READABLE = ["badge", "badge-tilted", "badge-rotated", "badge-noisy", "badge-dim",
            "badge-glare", "badge-jpeg", "phone", "phone-glare", "phone-tilted"]  # fmt: skip


@pytest.mark.parametrize("resolution", [(1280, 720), (640, 480)])
@pytest.mark.parametrize("case", READABLE)
def test_badges_and_phone_screens_are_read_exactly(case, resolution):
    rng = random.Random(zlib.crc32(f"{case} {resolution}".encode()))
    token = bench_token(rng)
    assert decode_frame(code_frame(case, token, resolution, rng)) == [token]


def test_frames_without_a_code_give_nothing():
    rng = random.Random(3)
    for resolution in [(1280, 720), (640, 480)]:
        for _ in range(4):
            assert decode_frame(clutter_frame(resolution, rng)) == []


def test_two_badges_in_one_frame_give_both():
    rng = random.Random(5)
    tokens = (bench_token(rng), bench_token(rng))
    assert sorted(decode_frame(two_code_frame(tokens, (1280, 720), rng))) == sorted(tokens)


def test_second_look_reads_codes_the_plain_first_pass_misses():
    missed_then_read = 0
    for frame in frame_set((640, 480), per_case=4):
        plain = zxingcpp.read_barcodes(to_gray(frame.image), formats=zxingcpp.BarcodeFormat.QRCode)
        if frame.payloads and not {c.text for c in plain} >= set(frame.payloads):
            missed_then_read += set(decode_frame(frame.image)) >= set(frame.payloads)
        assert set(decode_frame(frame.image)) <= set(frame.payloads)
    assert missed_then_read >= 3


def test_grey_and_bgra_frames_are_accepted():
    import cv2

    rng = random.Random(9)
    token = bench_token(rng)
    frame = code_frame("badge", token, (640, 480), rng)
    assert decode_frame(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)) == [token]
    assert decode_frame(cv2.cvtColor(frame, cv2.COLOR_BGR2BGRA)) == [token]


@pytest.mark.parametrize(("resolution", "index"), [((1280, 720), 45), ((640, 480), 47)])
def test_a_small_phone_screen_the_first_pass_does_not_see_is_read(resolution, index):
    frame = next(itertools.islice(frame_set(resolution, per_case=4), index, None))
    assert frame.case == "phone-small"
    seen = zxingcpp.read_barcodes(to_gray(frame.image), formats=zxingcpp.BarcodeFormat.QRCode,
                                  try_rotate=False, return_errors=True)  # fmt: skip
    assert seen == []
    assert decode_frame(frame.image) == frame.payloads
