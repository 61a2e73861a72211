"""Pakta signers, per-event templates and signatures, as core values."""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN

from app.core.ink import Signature
from app.core.nip import IdKind, format_nip
from app.core.pakta import SignedPakta, Signer, SignerRole
from app.core.people import full_name
from app.store.models import EventAttendee, PaktaSignature, PaktaSigner, PaktaTemplate, Unit
from app.store.models import Person as PersonRow


def _display_name(person: PersonRow) -> str:
    return full_name(person.front_title, person.name, person.back_title)


def _id_label(person: PersonRow) -> str:
    return format_nip(person.id_number) if person.id_kind == IdKind.NIP.value else ""


def _to_signed(row: PaktaSignature) -> SignedPakta:
    return SignedPakta(
        signature_id=row.id,
        person_id=row.person_id,
        text=row.text,
        name=row.name,
        nip=row.nip,
        signature=Signature.from_json(row.strokes),
        fingerprint=row.fingerprint,
        current=row.superseded_at is None,
    )


class PaktaRepo:
    def signers(self, event_id: int) -> list[Signer]:
        """The event's signers in signing order, each saying whether a current signature exists."""
        signed = {
            pid
            for (pid,) in PaktaSignature.select(PaktaSignature.person_id)
            .where((PaktaSignature.event == event_id) & PaktaSignature.superseded_at.is_null())
            .tuples()
        }
        query = (
            PaktaSigner.select(PaktaSigner, PersonRow, Unit)
            .join(PersonRow)
            .join(Unit, on=(PersonRow.unit == Unit.id), join_type=JOIN.LEFT_OUTER)
            .where(PaktaSigner.event == event_id)
            .order_by(PaktaSigner.position, PaktaSigner.id)
        )
        result = []
        for row in query:
            person = row.person
            unit = person.unit.name if person.unit_id and person.unit else ""
            result.append(
                Signer(
                    person_id=person.id,
                    name=_display_name(person),
                    id_label=_id_label(person),
                    position=person.position,
                    unit=unit,
                    role=SignerRole(row.role),
                    order=row.position,
                    signed=person.id in signed,
                )
            )
        return result

    def person_position(self, organisation_id: int, person_id: int) -> str | None:
        """The person's position text, or None when they are not on this organisation's roster."""
        row = (
            PersonRow.select(PersonRow.position)
            .where((PersonRow.id == person_id) & (PersonRow.organisation == organisation_id))
            .first()
        )
        return row.position if row else None

    def add_signer(self, event_id: int, person_id: int, role: SignerRole, position: int) -> None:
        PaktaSigner.create(event=event_id, person=person_id, role=role.value, position=position)

    def remove_signer(self, event_id: int, person_id: int) -> bool:
        deleted = (
            PaktaSigner.delete()
            .where((PaktaSigner.event == event_id) & (PaktaSigner.person == person_id))
            .execute()
        )
        return deleted > 0

    def set_role(self, event_id: int, person_id: int, role: SignerRole) -> None:
        PaktaSigner.update(role=role.value).where(
            (PaktaSigner.event == event_id) & (PaktaSigner.person == person_id)
        ).execute()

    def set_order(self, event_id: int, person_ids: list[int]) -> None:
        """Number the signers 1..n in the given order."""
        for position, person_id in enumerate(person_ids, start=1):
            PaktaSigner.update(position=position).where(
                (PaktaSigner.event == event_id) & (PaktaSigner.person == person_id)
            ).execute()

    def set_notice(
        self, event_id: int, person_id: int, notice: str, only_if: str | None = None
    ) -> None:
        """Put the person on the event's list if needed and set the notice the gate shows."""
        row = EventAttendee.get_or_none(
            (EventAttendee.event == event_id) & (EventAttendee.person == person_id)
        )
        if row is None:
            EventAttendee.create(event=event_id, person=person_id, notice=notice)
        elif only_if is None or row.notice == only_if:
            row.notice = notice
            row.save()

    def notice_of(self, event_id: int, person_id: int) -> str | None:
        row = EventAttendee.get_or_none(
            (EventAttendee.event == event_id) & (EventAttendee.person == person_id)
        )
        return row.notice if row else None

    def template(self, event_id: int) -> tuple[str, str] | None:
        """``(body, place)`` saved for the event, or None when it uses the default."""
        row = PaktaTemplate.get_or_none(PaktaTemplate.event == event_id)
        return (row.body, row.place) if row else None

    def save_template(self, event_id: int, body: str, place: str, at: datetime) -> None:
        updated = (
            PaktaTemplate.update(body=body, place=place, updated_at=at)
            .where(PaktaTemplate.event == event_id)
            .execute()
        )
        if not updated:
            PaktaTemplate.create(event=event_id, body=body, place=place, updated_at=at)

    def current_signature(self, event_id: int, person_id: int) -> SignedPakta | None:
        row = (
            PaktaSignature.select()
            .where(
                (PaktaSignature.event == event_id)
                & (PaktaSignature.person == person_id)
                & PaktaSignature.superseded_at.is_null()
            )
            .first()
        )
        return _to_signed(row) if row else None

    def signatures_with_fingerprint(self, event_id: int, fingerprint: str) -> list[SignedPakta]:
        query = PaktaSignature.select().where(
            (PaktaSignature.event == event_id) & (PaktaSignature.fingerprint == fingerprint)
        )
        return [_to_signed(row) for row in query]

    def supersede(self, signature_id: int, at: datetime) -> None:
        PaktaSignature.update(superseded_at=at).where(PaktaSignature.id == signature_id).execute()

    def insert_signature(
        self, event_id: int, signed: SignedPakta, at: datetime, station: str
    ) -> int:
        row = PaktaSignature.create(
            event=event_id,
            person=signed.person_id,
            text=signed.text,
            name=signed.name,
            nip=signed.nip,
            strokes=signed.signature.to_json(),
            fingerprint=signed.fingerprint,
            signed_at=at,
            station=station,
        )
        return int(row.id)
