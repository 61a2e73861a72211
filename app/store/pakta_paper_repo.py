"""Scanned pakta sheets kept beside their person, one per person and event."""

from __future__ import annotations

from datetime import datetime

from app.core.pakta_paper import BoxVerdict, NewPage, StoredPage
from app.store.models import PaktaPaperPage, PaktaSignature


class PaktaPaperRepo:
    def stored_page(self, event_id: int, person_id: int) -> StoredPage | None:
        row = (
            PaktaPaperPage.select(
                PaktaPaperPage.person, PaktaPaperPage.verdict, PaktaPaperPage.image_sha256,
                PaktaPaperPage.source,
            )
            .where((PaktaPaperPage.event == event_id) & (PaktaPaperPage.person == person_id))
            .first()
        )  # fmt: skip
        if row is None:
            return None
        return StoredPage(row.person_id, BoxVerdict(row.verdict), row.image_sha256, row.source)

    def save_page(self, event_id: int, page: NewPage, at: datetime, actor: str) -> int:
        """Insert, or replace the person's stored page (the caller decided it may). A replaced
        page keeps its row id, so the audit trail follows one row per person."""
        columns = {
            "verdict": page.verdict.value, "ink_area_mm2": page.ink_area_mm2,
            "text_version": page.text_version, "image": page.image,
            "image_sha256": page.image_sha256, "source": page.source, "scanned_at": at,
            "scanned_by": actor,
        }  # fmt: skip
        row = (
            PaktaPaperPage.select(PaktaPaperPage.id)
            .where((PaktaPaperPage.event == event_id) & (PaktaPaperPage.person == page.person_id))
            .first()
        )
        if row is None:
            return PaktaPaperPage.create(event=event_id, person=page.person_id, **columns).id
        PaktaPaperPage.update(**columns).where(PaktaPaperPage.id == row.id).execute()
        return int(row.id)

    def verdicts(self, event_id: int) -> dict[int, BoxVerdict]:
        """Each person's stored page verdict, without loading any image."""
        query = PaktaPaperPage.select(PaktaPaperPage.person, PaktaPaperPage.verdict).where(
            PaktaPaperPage.event == event_id
        )
        return {person_id: BoxVerdict(verdict) for person_id, verdict in query.tuples()}

    def signed_on_screen(self, event_id: int) -> set[int]:
        query = PaktaSignature.select(PaktaSignature.person).where(
            (PaktaSignature.event == event_id) & PaktaSignature.superseded_at.is_null()
        )
        return {person_id for (person_id,) in query.tuples()}

    def page_image(self, event_id: int, person_id: int) -> tuple[bytes, str] | None:
        """The stored page image and its SHA-256."""
        row = (
            PaktaPaperPage.select(PaktaPaperPage.image, PaktaPaperPage.image_sha256)
            .where((PaktaPaperPage.event == event_id) & (PaktaPaperPage.person == person_id))
            .first()
        )
        return (bytes(row.image), row.image_sha256) if row else None
