"""Printing badges: the PDF sheet and one QR image per person, for an event's people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import FieldError
from app.core.nip import IdKind
from app.core.people import Person
from app.core.progress import Cancelled, KeepGoing, always
from app.core.refusals import Refusal, Refused
from app.reports.badge_images import BadgeImage, write_badge_images
from app.reports.badges_pdf import BadgeCard, BadgeSheet, write_badges_pdf
from app.services.badge_service import BadgeService, IssuedBadge
from app.services.event_service import EventService, Invalid, event_not_found
from app.services.export_log import ExportLog
from app.services.whole_file import whole_file
from app.store.store import Store

ID_LABELS = {IdKind.NIP: "NIP", IdKind.NIK: "NIK", IdKind.INTERNAL: "ID"}
FOOTER = "{unit}  ·  lembar {page} dari {pages}"


@dataclass(frozen=True)
class BadgeRequest:
    event_id: int
    out: Path
    unit: str | None = None


@dataclass(frozen=True)
class BadgesWritten:
    badges: int
    pages: int
    files: list[Path]


def badge_file_id(person: Person) -> str:
    """What names a person's QR image file: the NIP, or for a NIK its last four digits and
    the person's record number (so two people never share a file)."""
    if person.id_kind is IdKind.NIK:
        return f"NIK-{person.id_number[-4:]}-{person.id}"
    return person.id_number


def initials(name: str) -> str:
    return "".join(word[0] for word in name.split()[:2]).upper()


def sort_key(person: Person) -> tuple[str, str]:
    return (person.unit.casefold(), person.name.casefold())


class BadgePrintService:
    def __init__(
        self, store: Store, events: EventService, badges: BadgeService, exports: ExportLog
    ) -> None:
        self.store = store
        self.events = events
        self.badges = badges
        self.exports = exports

    def _issue(self, request: BadgeRequest) -> tuple[int, list[IssuedBadge]] | Invalid:
        event = self.events.get(request.event_id)
        if event is None or event.organisation_id is None:
            return event_not_found(request.event_id)
        people = [
            p
            for p in self.store.people.expected_people(request.event_id)
            if p.active and not p.is_guest
        ]
        if request.unit is not None:
            wanted = request.unit.strip().casefold()
            units = sorted({p.unit for p in people if p.unit})
            people = [p for p in people if p.unit.casefold() == wanted]
            if not people:
                return Invalid(
                    [FieldError("unit", Refused(Refusal.UNIT_NOT_ON_BADGE_EVENT,
                                                unit=request.unit, units=", ".join(units[:8])))]
                )  # fmt: skip
        if not people:
            return Invalid([FieldError("acara", Refused(Refusal.NO_ACTIVE_PEOPLE))])
        issued = self.badges.issue(event.organisation_id, sorted(people, key=sort_key))
        if isinstance(issued, Invalid):
            return issued
        return event.organisation_id, issued

    def write_pdf(
        self, request: BadgeRequest, keep_going: KeepGoing = always
    ) -> BadgesWritten | Invalid | Cancelled:
        """The badge sheet; ``keep_going`` hears the cards drawn, and stopped, nothing is
        written (the file appears only once whole)."""
        issued = self._issue(request)
        if isinstance(issued, Invalid):
            return issued
        organisation_id, badges = issued
        event = self.events.get(request.event_id)
        assert event is not None
        with_photo = self.store.people.ids_with_photo([b.person.id for b in badges])
        cards = [
            BadgeCard(
                name=b.person.display_name,
                initials=initials(b.person.name),
                id_label=ID_LABELS[b.person.id_kind],
                id_text=b.person.printed_id,
                position=b.person.position,
                unit=b.person.unit,
                status=b.person.status.value,
                token=b.token,
                photo=self.store.people.photo(b.person.id) if b.person.id in with_photo else None,
            )
            for b in badges
        ]
        sheet = BadgeSheet(
            organisation=self.events.organisation_name(organisation_id),
            logo=event.logo,
            cards=cards,
            footer=FOOTER,
        )
        try:
            with whole_file(request.out) as part:
                pages = write_badges_pdf(sheet, part, keep_going)
        except Cancelled as stopped:
            return stopped
        except OSError as error:
            return Invalid(
                [
                    FieldError(
                        "berkas", Refused(Refusal.CANNOT_WRITE, path=request.out, reason=error)
                    )
                ]
            )
        self.exports.record("kartu-pdf", request.out, request.event_id, len(cards))
        return BadgesWritten(len(cards), pages, [request.out])

    def write_images(self, request: BadgeRequest) -> BadgesWritten | Invalid:
        issued = self._issue(request)
        if isinstance(issued, Invalid):
            return issued
        images = [
            BadgeImage(
                file_id=badge_file_id(b.person),
                plain_name=b.person.name,
                caption=[b.person.display_name, b.person.printed_id, b.person.unit],
                token=b.token,
            )
            for b in issued[1]
        ]
        try:
            files = write_badge_images(images, request.out)
        except OSError as error:
            return Invalid(
                [
                    FieldError(
                        "folder", Refused(Refusal.CANNOT_WRITE, path=request.out, reason=error)
                    )
                ]
            )
        self.exports.record("kartu-gambar", request.out, request.event_id, len(images))
        return BadgesWritten(len(images), 0, files)
