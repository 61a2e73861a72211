"""The laporan pelaksanaan's inputs: the text HR edits, the documentation photos, and the
facts read from the database (see ``laporan_bundle`` for the bundle made of them)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from app.core.anchor import Anchor
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event
from app.core.laporan_facts import LaporanFacts, build_facts, gate_closure_of
from app.core.laporan_photo import StoredPhoto
from app.core.laporan_text import (
    LaporanText,
    changed_parts,
    default_text,
    text_from_json,
    text_problems,
    text_to_json,
)
from app.core.pakta import place_from_kop
from app.core.pledge import PledgeScript
from app.core.refusals import Refusal, Refused, cannot_read
from app.core.report_data import AttendanceReport
from app.imports.laporan_photos import PHOTO_SUFFIXES, CheckedPhoto, check_photo
from app.paths import data_dir
from app.services.auditor import Auditor
from app.services.event_service import Invalid, Saved
from app.services.ikrar_service import IkrarService
from app.services.pakta_service import PaktaService
from app.services.report_service import ReportService
from app.store.database import sqlite_path
from app.store.store import Store

PHOTO_FOLDER = "laporan-foto"
MAX_PHOTOS = 60
MAX_CAPTION = 300


@dataclass(frozen=True)
class PhotosAdded:
    photos: list[StoredPhoto]


def photo_root(store: Store) -> Path:
    """Beside the SQLite file; on a shared server, in this computer's data folder."""
    folder = sqlite_path(store.target).parent if store.is_sqlite else data_dir()
    return folder / PHOTO_FOLDER


class LaporanService:
    def __init__(
        self, store: Store, clock: Clock, actor: str, sources: LaporanSources, photos: Path
    ) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.sources = sources
        self.photo_folder = photos

    # -- the text HR writes ---------------------------------------------------------------

    def defaults(self, event: Event) -> LaporanText:
        return default_text(event, place_from_kop(event.kop_lines, event.venue))

    def text(self, event: Event) -> LaporanText:
        """The event's stored text, or the defaults filled with its names."""
        assert event.id is not None
        defaults = self.defaults(event)
        body = self.store.laporan.text_body(event.id)
        return defaults if body is None else text_from_json(body, defaults)

    def save_text(self, event: Event, text: LaporanText) -> Saved | Invalid:
        assert event.id is not None
        problems = text_problems(text)
        if problems:
            return Invalid(problems)
        now = self.clock.now()
        with self.store.write():
            before = self.text(event)
            changed = changed_parts(before, text)
            if changed or self.store.laporan.text_body(event.id) is None:
                self.store.laporan.save_text(event.id, text_to_json(text), now, self.actor)
                self.audit.record(
                    "laporan.text", "event", event.id, event.id, {"changed": changed}, at=now
                )
        return Saved(event.id)

    # -- documentation photos -------------------------------------------------------------

    def photos(self, event_id: int) -> list[StoredPhoto]:
        return self.store.laporan.photos(event_id)

    def photo_path(self, event_id: int, photo: StoredPhoto) -> Path:
        return self.photo_folder / f"acara-{event_id}" / photo.file_name

    def add_photos(
        self, event_id: int, paths: list[Path], caption: str = ""
    ) -> PhotosAdded | Invalid:
        """Add the files (a folder: its JPEG and PNG files); all or nothing."""
        files = _expanded(paths)
        if isinstance(files, Invalid):
            return files
        checked: list[tuple[Path, CheckedPhoto]] = []
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as error:
                return _invalid("foto", cannot_read(path.name, error))
            photo = check_photo(path.name, data)
            if isinstance(photo, str):
                return _invalid("foto", photo)
            checked.append((path, photo))
        return self._keep(event_id, checked, caption)

    def _keep(
        self, event_id: int, checked: list[tuple[Path, CheckedPhoto]], caption: str
    ) -> PhotosAdded | Invalid:
        if len(caption) > MAX_CAPTION:
            return _invalid("keterangan", Refused(Refusal.CAPTION_TOO_LONG, limit=MAX_CAPTION))
        now = self.clock.now()
        folder = self.photo_folder / f"acara-{event_id}"
        written: list[Path] = []
        try:
            with self.store.write():
                if self.store.events.get_event(event_id) is None:
                    return _invalid("acara", Refused(Refusal.EVENT_NOT_FOUND, event=event_id))
                known = {p.sha256 for p in self.store.laporan.photos(event_id)}
                if len(known) + len(checked) > MAX_PHOTOS:
                    return _invalid("foto", Refused(Refusal.TOO_MANY_PHOTOS, limit=MAX_PHOTOS))
                for path, photo in checked:  # every refusal before the first write
                    if photo.sha256 in known:
                        return _invalid(
                            "foto", Refused(Refusal.PHOTO_ALREADY_ADDED, name=path.name)
                        )
                    known.add(photo.sha256)
                added = []
                for path, photo in checked:
                    target = folder / f"{photo.sha256}{photo.suffix}"
                    written += _write_once(target, photo.data)
                    stored = StoredPhoto(0, 0, caption or path.stem, path.name, target.name,
                                         photo.sha256, photo.width, photo.height)  # fmt: skip
                    photo_id = self.store.laporan.add_photo(event_id, stored, now, self.actor)
                    self.audit.record(
                        "laporan.photo.add",
                        "laporan_photo",
                        photo_id,
                        event_id,
                        {"file": path.name, "sha256": photo.sha256},
                        at=now,
                    )
                    added.append(replace(stored, id=photo_id))
        except OSError as error:
            for path in written:
                path.unlink(missing_ok=True)
            reason = error.strerror or str(error)
            return _invalid("foto", Refused(Refusal.PHOTO_NOT_WRITTEN, path=folder, reason=reason))
        return PhotosAdded(added)

    def set_caption(self, event_id: int, photo_id: int, caption: str) -> Saved | Invalid:
        if len(caption) > MAX_CAPTION:
            return _invalid("keterangan", Refused(Refusal.CAPTION_TOO_LONG, limit=MAX_CAPTION))
        now = self.clock.now()
        with self.store.write():
            previous = self.store.laporan.set_caption(photo_id, caption)
            if previous is None:
                return _invalid("foto", Refused(Refusal.PHOTO_MISSING, photo_id=photo_id))
            self.audit.record(
                "laporan.photo.caption",
                "laporan_photo",
                photo_id,
                event_id,
                {"before": previous, "after": caption},
                at=now,
            )
        return Saved(event_id)

    def remove_photo(self, event_id: int, photo_id: int) -> Saved | Invalid:
        """The photo leaves the laporan; its original file stays (it may be evidence)."""
        now = self.clock.now()
        with self.store.write():
            removed = self.store.laporan.remove_photo(photo_id)
            if removed is None:
                return _invalid("foto", Refused(Refusal.PHOTO_MISSING, photo_id=photo_id))
            self.audit.record(
                "laporan.photo.remove",
                "laporan_photo",
                photo_id,
                event_id,
                {"sha256": removed.sha256, "caption": removed.caption},
                at=now,
            )
        return Saved(event_id)

    # -- the facts ------------------------------------------------------------------------

    def facts(
        self, event_id: int, anchor: Anchor | None = None
    ) -> tuple[AttendanceReport, LaporanFacts, PledgeScript] | Invalid:
        """The attendance report (anchored with ``anchor``, else now) and the laporan's facts."""
        report = self.sources.reports.attendance(event_id, anchor=anchor)
        if isinstance(report, Invalid):
            return report
        event = report.event
        script = self.sources.ikrar.default_script(event)
        closing = self.store.gate_state.closing_details(event_id)
        gate = gate_closure_of(None, None)
        if closing is not None:
            closed_at = datetime.fromisoformat(closing["closed_at"])
            gate = gate_closure_of(f"{closed_at:%d-%m-%Y %H.%M}", closing)
        signers = self.sources.pakta.signers(event_id)
        return report, build_facts(report, script, signers, gate), script


@dataclass(frozen=True)
class LaporanSources:
    """The services whose data the laporan reads."""

    reports: ReportService
    ikrar: IkrarService
    pakta: PaktaService


def _expanded(paths: list[Path]) -> list[Path] | Invalid:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.casefold() in PHOTO_SUFFIXES
            )
            if not found:
                return _invalid("foto", Refused(Refusal.NO_PHOTOS_FOUND, folder=path))
            files += found
        else:
            files.append(path)
    return files


def _write_once(target: Path, data: bytes) -> list[Path]:
    """Write the original unless the same file (same name: same SHA-256) is already there."""
    if target.exists():
        return []
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return [target]


def _invalid(field: str, message: str) -> Invalid:
    return Invalid([FieldError(field, message)])
