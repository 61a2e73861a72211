"""Pledge scripts and the audience screen theme of an event: list, duplicate, edit, choose."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event
from app.core.pledge import (
    PledgeScript,
    clean_script,
    fill_names,
    names_for,
    script_from_mapping,
    validate_script,
)
from app.core.refusals import Refusal, Refused
from app.core.theme import Theme, validate_theme
from app.paths import resource
from app.services.auditor import Auditor
from app.services.event_service import Invalid, Saved, event_not_found
from app.store.store import Store


@dataclass(frozen=True)
class ScriptSaved:
    script_id: int


@cache
def shipped_scripts(folder: Path | None = None) -> tuple[PledgeScript, ...]:
    """The scripts shipped in ``resources/ikrar``, in file name order, placeholders intact."""
    folder = folder or resource("ikrar")
    return tuple(
        script_from_mapping(json.loads(path.read_text("utf-8")), path.stem)
        for path in sorted(folder.glob("*.json"))
    )


class IkrarService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    def organisation_name(self, event: Event) -> str:
        assert event.id is not None
        return self.store.ikrar.organisation_name(event.id) or event.organiser

    def scripts(self, event: Event) -> list[PledgeScript]:
        """The event's own scripts first, then the shipped ones, names filled in."""
        assert event.id is not None
        names = names_for(event, self.organisation_name(event))
        own = self.store.ikrar.event_scripts(event.id)
        return [fill_names(script, names) for script in [*own, *shipped_scripts()]]

    def default_script(self, event: Event) -> PledgeScript:
        """The event's newest own script, else the shipped one meant for its kind."""
        scripts = self.scripts(event)
        own = [script for script in scripts if script.id is not None]
        if own:
            return own[-1]
        suited = [s for s in scripts if event.kind.value in s.default_for]
        return (suited or scripts)[0]

    def duplicate(self, event: Event, script: PledgeScript) -> ScriptSaved | Invalid:
        """Store an editable copy with the organisation's and event's names written in."""
        assert event.id is not None
        names = names_for(event, self.organisation_name(event))
        copy = clean_script(replace(fill_names(script, names), id=None))
        errors = validate_script(copy)
        if errors:
            return Invalid(errors)
        now = self.clock.now()
        with self.store.write():
            script_id = self.store.ikrar.insert_script(event.id, copy, now)
            self.audit.record(
                "ikrar.duplicate",
                "ikrar_script",
                script_id,
                event.id,
                {"from": script.ref, "title": copy.title},
                at=now,
            )
        return ScriptSaved(script_id)

    def save_script(self, script: PledgeScript) -> ScriptSaved | Invalid:
        """Save an edited own script; shipped scripts are duplicated first, never changed."""
        if script.id is None:
            return Invalid([FieldError("naskah", Refused(Refusal.SHIPPED_SCRIPT))])
        edited = clean_script(script)
        errors = validate_script(edited)
        if errors:
            return Invalid(errors)
        now = self.clock.now()
        with self.store.write():
            found = self.store.ikrar.get_script(script.id)
            if found is None:
                return Invalid(
                    [FieldError("naskah", Refused(Refusal.SCRIPT_NOT_FOUND, script=script.id))]
                )
            event_id, _ = found
            changed = self.store.ikrar.update_script(edited, now)
            if changed:
                self.audit.record(
                    "ikrar.update", "ikrar_script", script.id, event_id, {"fields": changed}, at=now
                )
        return ScriptSaved(script.id)

    def delete_script(self, script_id: int) -> ScriptSaved | Invalid:
        now = self.clock.now()
        with self.store.write():
            found = self.store.ikrar.get_script(script_id)
            if found is None:
                return Invalid(
                    [FieldError("naskah", Refused(Refusal.SCRIPT_NOT_FOUND, script=script_id))]
                )
            event_id, script = found
            self.store.ikrar.delete_script(script_id)
            self.audit.record(
                "ikrar.delete", "ikrar_script", script_id, event_id, {"title": script.title}, at=now
            )
        return ScriptSaved(script_id)

    def theme(self, event_id: int) -> Theme:
        return self.store.ikrar.theme(event_id) or Theme()

    def save_theme(self, event_id: int, chosen: Theme) -> Saved | Invalid:
        errors = validate_theme(chosen)
        if errors:
            return Invalid(errors)
        now = self.clock.now()
        with self.store.write():
            if self.store.events.get_event(event_id) is None:
                return event_not_found(event_id)
            self.store.ikrar.save_theme(event_id, chosen, now)
            self.audit.record(
                "ikrar.theme",
                "ikrar_theme",
                event_id,
                event_id,
                {
                    "background": chosen.background,
                    "text": chosen.text,
                    "font": chosen.font,
                    "image": chosen.background_image is not None,
                },
                at=now,
            )
        return Saved(event_id)
