"""Pledge scripts stored with an event, and the event's audience screen theme."""

from __future__ import annotations

import json
from datetime import datetime

from app.core.pledge import PledgeScript
from app.core.theme import Theme
from app.store.models import Event as EventRow
from app.store.models import IkrarScript, IkrarTheme, Organisation


def _to_script(row: IkrarScript) -> PledgeScript:
    return PledgeScript(
        id=row.id,
        title=row.title,
        opening=row.opening,
        points=tuple(json.loads(row.points)),
        closing=row.closing,
        source=row.based_on,
    )


def _columns(script: PledgeScript) -> dict[str, object]:
    return {
        "title": script.title,
        "opening": script.opening,
        "points": json.dumps(list(script.points), ensure_ascii=False),
        "closing": script.closing,
    }


class IkrarRepo:
    def event_scripts(self, event_id: int) -> list[PledgeScript]:
        rows = IkrarScript.select().where(IkrarScript.event == event_id).order_by(IkrarScript.id)
        return [_to_script(row) for row in rows]

    def get_script(self, script_id: int) -> tuple[int, PledgeScript] | None:
        """The script and the event it belongs to."""
        row = IkrarScript.get_or_none(IkrarScript.id == script_id)
        return (int(row.event_id), _to_script(row)) if row else None

    def insert_script(self, event_id: int, script: PledgeScript, at: datetime) -> int:
        row = IkrarScript.create(
            event=event_id, based_on=script.source, created_at=at, updated_at=at, **_columns(script)
        )
        return int(row.id)

    def update_script(self, script: PledgeScript, at: datetime) -> list[str]:
        """Save the script's texts; returns the names of the fields that changed."""
        row = IkrarScript.get_by_id(script.id)
        changed = [name for name, value in _columns(script).items() if getattr(row, name) != value]
        if changed:
            for name in changed:
                setattr(row, name, _columns(script)[name])
            row.updated_at = at
            row.save()
        return changed

    def delete_script(self, script_id: int) -> None:
        IkrarScript.delete().where(IkrarScript.id == script_id).execute()

    def theme(self, event_id: int) -> Theme | None:
        row = IkrarTheme.get_or_none(IkrarTheme.event == event_id)
        if row is None:
            return None
        image = bytes(row.background_image) if row.background_image is not None else None
        return Theme(
            background=row.background,
            text=row.text_colour,
            highlight=row.highlight,
            dim=row.dim,
            font=row.font,
            background_image=image,
        )

    def save_theme(self, event_id: int, chosen: Theme, at: datetime) -> None:
        columns = {
            "background": chosen.background,
            "text_colour": chosen.text,
            "highlight": chosen.highlight,
            "dim": chosen.dim,
            "font": chosen.font,
            "background_image": chosen.background_image,
            "updated_at": at,
        }
        if IkrarTheme.get_or_none(IkrarTheme.event == event_id) is None:
            IkrarTheme.create(event=event_id, **columns)
        else:
            IkrarTheme.update(**columns).where(IkrarTheme.event == event_id).execute()

    def organisation_name(self, event_id: int) -> str:
        """The name of the organisation holding the event (``Pemerintah Kabupaten ...``)."""
        row = (
            Organisation.select(Organisation.name)
            .join(EventRow, on=(EventRow.organisation == Organisation.id))
            .where(EventRow.id == event_id)
            .first()
        )
        return str(row.name) if row else ""
