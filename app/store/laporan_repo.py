"""The laporan pelaksanaan's stored text and photos, and the newest gate closure entry."""

from __future__ import annotations

from datetime import datetime

from peewee import fn

from app.core.laporan_photo import StoredPhoto
from app.store.models import LaporanPhoto, LaporanText


class LaporanRepo:
    def text_body(self, event_id: int) -> str | None:
        row = LaporanText.get_or_none(LaporanText.event == event_id)
        return row.body if row else None

    def save_text(self, event_id: int, body: str, at: datetime, actor: str) -> None:
        row = LaporanText.get_or_none(LaporanText.event == event_id)
        if row is None:
            LaporanText.create(event=event_id, body=body, updated_at=at, updated_by=actor)
            return
        row.body, row.updated_at, row.updated_by = body, at, actor
        row.save()

    def photos(self, event_id: int) -> list[StoredPhoto]:
        query = (
            LaporanPhoto.select()
            .where(LaporanPhoto.event == event_id)
            .order_by(LaporanPhoto.position, LaporanPhoto.id)
        )
        return [
            StoredPhoto(r.id, r.position, r.caption, r.original_name, r.file_name, r.sha256,
                        r.width, r.height)
            for r in query
        ]  # fmt: skip

    def photo_with_hash(self, event_id: int, sha256: str) -> StoredPhoto | None:
        return next((p for p in self.photos(event_id) if p.sha256 == sha256), None)

    def add_photo(self, event_id: int, photo: StoredPhoto, at: datetime, actor: str) -> int:
        last = (
            LaporanPhoto.select(fn.MAX(LaporanPhoto.position))
            .where(LaporanPhoto.event == event_id)
            .scalar()
        )
        row = LaporanPhoto.create(
            event=event_id, position=(last or 0) + 1, caption=photo.caption,
            original_name=photo.original_name, file_name=photo.file_name, sha256=photo.sha256,
            width=photo.width, height=photo.height, added_at=at, added_by=actor,
        )  # fmt: skip
        return int(row.id)

    def set_caption(self, photo_id: int, caption: str) -> str | None:
        """The caption it replaced; None when no such photo."""
        row = LaporanPhoto.get_or_none(LaporanPhoto.id == photo_id)
        if row is None:
            return None
        previous = str(row.caption)
        row.caption = caption
        row.save()
        return previous

    def remove_photo(self, photo_id: int) -> StoredPhoto | None:
        row = LaporanPhoto.get_or_none(LaporanPhoto.id == photo_id)
        if row is None:
            return None
        removed = StoredPhoto(row.id, row.position, row.caption, row.original_name, row.file_name,
                              row.sha256, row.width, row.height)  # fmt: skip
        row.delete_instance()
        return removed
