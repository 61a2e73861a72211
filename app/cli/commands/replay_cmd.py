"""``netra replay``: a video or a folder of frames through the gate's capture, decode and
check-in path, printing each check-in and how long it took from frame to commit."""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from app.cli.commands.checkin_cmd import add_gate_arguments, event_or_fail, result_json
from app.cli.commands.checkin_cmd import result_line as checkin_line
from app.cli.context import CliContext
from app.cli.lock_guard import changes_data
from app.cli.output import CommandFailed, emit
from app.core.checkin import Method
from app.scanning.frame_source import ImageFolderSource, SourceError, frames, open_recording
from app.scanning.pipeline import ScanPipeline


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "replay", help="putar video atau folder gambar melalui jalur pindai gerbang"
    )
    parser.add_argument("source", type=Path, metavar="VIDEO_ATAU_FOLDER")
    add_gate_arguments(parser)
    parser.set_defaults(run=run)


@changes_data
def run(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    event_or_fail(services, args.event)
    station = args.gate_station or ctx.station
    try:
        source = open_recording(args.source)
    except SourceError as error:
        raise CommandFailed(str(error)) from error
    pipeline = ScanPipeline()
    checkins = []
    lines = []
    frame_count = 0
    for captured in frames(source):
        frame_count += 1
        started = time.perf_counter()
        for payload in pipeline.process(captured.image, captured.at):
            result = services.checkins.scan(args.event, payload, Method.CAMERA, station)
            latency = (time.perf_counter() - started) * 1000
            checkins.append(
                result_json(result) | {"frame": captured.index, "latency_ms": round(latency, 2)}
            )
            lines.append(f"bingkai {captured.index}: {checkin_line(result)} ({latency:.1f} ms)")
    skipped = [str(p) for p in source.unreadable] if isinstance(source, ImageFolderSource) else []
    summary = Counter(row["outcome"] for row in checkins)
    lines.append(
        f"{frame_count} bingkai, {len(checkins)} pindaian: "
        + (", ".join(f"{k} {v}" for k, v in sorted(summary.items())) or "tidak ada kode")
    )
    lines.extend(f"dilewati (bukan gambar yang dapat dibaca): {path}" for path in skipped)
    emit(
        {"source": str(args.source), "frames": frame_count, "checkins": checkins,
         "outcomes": dict(summary), "skipped": skipped},
        args.json,
        "\n".join(lines),
    )  # fmt: skip
    return 0
