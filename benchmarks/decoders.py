"""Which QR decoder reads gate frames best: success, wrong payloads and time per frame.

    python benchmarks/decoders.py [--per-case 4] [--cases] [--photos FOLDER]

Runs every candidate over the synthetic frame set of ``benchmarks/frameset.py`` at
1280x720 and 640x480 (badges and phone screens: small, tilted, rotated, blurred,
motion-blurred, noisy, dim, glare, JPEG; frames with no code and with two codes).
"read" counts frames where every code was found; "wrong" counts payloads that are
not in the frame (on the empty frames that means a code seen where there is none).
Time includes the conversion to grey that each decoder needs.

``--photos``: also real photographs of QR codes, each centred (shrunk to fit when larger)
in a grey 1280x720 frame: a folder laid out as zxing-cpp's ``test/samples`` (Apache-2.0;
not shipped with Netra), where each image ``N.png|jpg|webp`` has its text in ``N.txt``.
Line ends are compared as ``\n``; a sample holding two codes or GS1 data counts as wrong.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.scanning.decoder import decode_frame, to_gray
from benchmarks.frameset import RESOLUTIONS, Frame, frame_set
from benchmarks.machine import machine_facts, percentile

Decoder = Callable[[np.ndarray], list[str]]


def opencv(detector: cv2.QRCodeDetector | cv2.QRCodeDetectorAruco) -> Decoder:
    def decode(frame: np.ndarray) -> list[str]:
        try:
            found, texts, _points, _straight = detector.detectAndDecodeMulti(to_gray(frame))
        except (UnicodeDecodeError, cv2.error):  # a photo's payload OpenCV cannot decode
            return []
        return [text for text in texts if text] if found else []

    return decode


def zxing(**options: bool) -> Decoder:
    def decode(frame: np.ndarray) -> list[str]:
        codes = zxingcpp.read_barcodes(
            to_gray(frame), formats=zxingcpp.BarcodeFormat.QRCode, **options
        )
        return [code.text for code in codes if code.valid]

    return decode


def candidates() -> dict[str, Decoder]:
    found: dict[str, Decoder] = {
        "OpenCV QRCodeDetector": opencv(cv2.QRCodeDetector()),
        "OpenCV QRCodeDetectorAruco": opencv(cv2.QRCodeDetectorAruco()),
    }
    if hasattr(cv2, "wechat_qrcode_WeChatQRCode"):
        wechat = cv2.wechat_qrcode_WeChatQRCode()
        found["OpenCV WeChat"] = lambda frame: list(wechat.detectAndDecode(frame)[0])
    found["zxing-cpp (defaults)"] = zxing()
    found["zxing-cpp (no rotate/invert)"] = zxing(try_rotate=False, try_invert=False)
    found["Netra: zxing-cpp + second look"] = decode_frame
    return found


def measure(decoder: Decoder, frames: list[Frame]) -> dict[str, object]:
    read = wrong = 0
    times: list[float] = []
    misses: dict[str, int] = defaultdict(int)
    for frame in frames:
        started = time.perf_counter()
        payloads = decoder(frame.image)
        times.append((time.perf_counter() - started) * 1000)
        wrong += len(set(payloads) - set(frame.payloads))
        if frame.payloads and set(frame.payloads) <= set(payloads):
            read += 1
        elif frame.payloads:
            misses[frame.case] += 1
    return {"read": read, "wrong": wrong, "times": times, "misses": dict(misses)}


def photo_frames(folder: Path) -> list[Frame]:
    frames = []
    for text_file in sorted(folder.rglob("*.txt")):
        images = [text_file.with_suffix(s) for s in (".png", ".jpg", ".jpeg", ".webp")]
        image = next((cv2.imread(str(p)) for p in images if p.exists()), None)
        if image is None:
            continue
        height, width = image.shape[:2]
        scale = min(1.0, 700 / height, 1260 / width)
        if scale < 1:
            size = (int(width * scale), int(height * scale))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        frame = np.full((720, 1280, 3), 128, np.uint8)
        height, width = image.shape[:2]
        top, left = (720 - height) // 2, (1280 - width) // 2
        frame[top : top + height, left : left + width] = image
        text = text_file.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        frames.append(Frame(str(text_file.relative_to(folder)), "photo", frame, [text]))
    return frames


def unix_lines(decoder: Decoder) -> Decoder:
    return lambda frame: [text.replace("\r\n", "\n") for text in decoder(frame)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-case", type=int, default=4, help="frames per case")
    parser.add_argument("--cases", action="store_true", help="list the missed cases too")
    parser.add_argument("--photos", type=Path, help="a folder of sample photos (see above)")
    args = parser.parse_args()
    print(f"\nQR decoders on synthetic gate frames\n{machine_facts()}")
    print(f"OpenCV {cv2.__version__}, zxing-cpp {version('zxing-cpp')}")
    if not hasattr(cv2, "wechat_qrcode_WeChatQRCode"):
        print("OpenCV WeChat: not in opencv-python-headless (needs opencv-contrib)")
    print("\n| decoder | frames | read | wrong | ms/frame median | ms/frame p95 |")
    print("|---|---|---:|---:|---:|---:|")
    decoders = candidates()
    sets = [
        (f"{width}x{height}", list(frame_set((width, height), per_case=args.per_case)))
        for width, height in RESOLUTIONS
    ]
    if args.photos:
        sets.append(("photos in 1280x720", photo_frames(args.photos)))
    for label, frames in sets:
        with_codes = sum(1 for frame in frames if frame.payloads)
        for name, decoder in decoders.items():
            result = measure(unix_lines(decoder), frames)
            times = result["times"]
            assert isinstance(times, list)
            print(
                f"| {name} | {label} | {result['read']}/{with_codes} | "
                f"{result['wrong']} | {statistics.median(times):.1f} | "
                f"{percentile(times, 0.95):.1f} |",
                flush=True,
            )
            if args.cases and result["misses"]:
                print(f"|  missed: {result['misses']} | | | | | |")
    empty = sum(
        1 for frame in frame_set(RESOLUTIONS[0], per_case=args.per_case) if not frame.payloads
    )
    print(f"\nEach resolution also holds {empty} frames with no code (counted in 'wrong').")
    return 0


if __name__ == "__main__":
    sys.exit(main())
