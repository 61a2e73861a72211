"""Pakta integritas: mark the signers and their order, fill the template, sign, export, verify."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.events import Event
from app.core.ink import Stroke, ink_problem, trimmed
from app.core.locale_format import long_date
from app.core.pakta import (
    SIGNER_NOTICE,
    PageStatus,
    PaktaFields,
    SignedPakta,
    Signer,
    SignerRole,
    fill_template,
    fingerprint,
    infer_role,
    ordered_by_rank,
    place_from_kop,
    signer_instansi,
    template_problems,
)
from app.core.people import Person
from app.core.refusals import Refusal, Refused, cannot_read, cannot_write
from app.paths import resource
from app.reports.pakta_pdf import read_pages, render_pakta_pdf
from app.services.auditor import Auditor
from app.services.event_service import Invalid, event_not_found
from app.services.export_log import ExportLog
from app.services.pdf_signing_service import PdfSigningService
from app.store.store import Store

DEFAULT_TEMPLATE = ("templates", "pakta_integritas.txt")


@dataclass(frozen=True)
class Done:
    """A signer list or template change was stored."""


@dataclass(frozen=True)
class PaktaTemplate:
    body: str
    place: str
    is_default: bool


@dataclass(frozen=True)
class Signed:
    signature_id: int
    fingerprint: str
    replaced: str | None  # the fingerprint of the signature this one replaced


@dataclass(frozen=True)
class NeedsConfirmation:
    """The signer already signed; signing again replaces it only when confirmed."""

    previous_fingerprint: str


@dataclass(frozen=True)
class Exported:
    path: Path
    pages: int


@dataclass(frozen=True)
class PageCheck:
    page: int
    status: PageStatus
    name: str
    fingerprint: str | None


@dataclass(frozen=True)
class Verification:
    pages: list[PageCheck]

    @property
    def all_match(self) -> bool:
        return bool(self.pages) and all(p.status is PageStatus.MATCH for p in self.pages)


def default_template_body() -> str:
    return resource(*DEFAULT_TEMPLATE).read_text("utf-8")


class PaktaService:
    def __init__(self, store: Store, clock: Clock, actor: str, station: Callable[[], str]) -> None:
        """``station``: this station's name as it is when asked (the gate may rename it)."""
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)
        self.station = station
        self.exports = ExportLog(store, clock, actor)
        self.signing = PdfSigningService(store, clock, actor)

    # -- who signs -------------------------------------------------------------------------

    def candidates(self, event: Event) -> list[Person]:
        """People HR may mark: those expected at the event, else the organisation's roster."""
        people = self.store.people.expected_people(event.id) if event.id else []
        if not people and event.organisation_id:
            people = self.store.people.people_of_organisation(event.organisation_id)
        return people

    def signers(self, event_id: int) -> list[Signer]:
        return self.store.pakta.signers(event_id)

    def add_signer(
        self, event_id: int, person_id: int, role: SignerRole | None = None
    ) -> Done | Invalid:
        """Mark a signer; without a role it is read from the position; placed by rank."""
        now = self.clock.now()
        with self.store.write():
            event = self.store.events.get_event(event_id)
            if event is None or event.organisation_id is None:
                return event_not_found(event_id)
            position = self.store.pakta.person_position(event.organisation_id, person_id)
            if position is None:
                return _invalid(
                    "penandatangan", Refused(Refusal.EMPLOYEE_NOT_LISTED, person=person_id)
                )
            current = self.store.pakta.signers(event_id)
            if any(s.person_id == person_id for s in current):
                return _invalid("penandatangan", Refused(Refusal.ALREADY_A_SIGNER))
            chosen = role or infer_role(position)
            self.store.pakta.add_signer(event_id, person_id, chosen, len(current) + 1)
            before = [s.person_id for s in current if s.role.rank <= chosen.rank]
            after = [s.person_id for s in current if s.role.rank > chosen.rank]
            self.store.pakta.set_order(event_id, [*before, person_id, *after])
            self.store.pakta.set_notice(event_id, person_id, SIGNER_NOTICE)
            self.audit.record(
                "pakta.signer_add", "person", person_id, event_id, {"role": chosen.value}, at=now
            )
        return Done()

    def remove_signer(self, event_id: int, person_id: int) -> Done | Invalid:
        now = self.clock.now()
        with self.store.write():
            if self.store.pakta.current_signature(event_id, person_id) is not None:
                return _invalid("penandatangan", Refused(Refusal.SIGNER_HAS_SIGNED))
            if not self.store.pakta.remove_signer(event_id, person_id):
                return _invalid("penandatangan", Refused(Refusal.NOT_A_SIGNER))
            self.store.pakta.set_notice(event_id, person_id, "", only_if=SIGNER_NOTICE)
            self.store.pakta.set_order(
                event_id, [s.person_id for s in self.store.pakta.signers(event_id)]
            )
            self.audit.record("pakta.signer_remove", "person", person_id, event_id, at=now)
        return Done()

    def set_role(self, event_id: int, person_id: int, role: SignerRole) -> Done:
        now = self.clock.now()
        with self.store.write():
            self.store.pakta.set_role(event_id, person_id, role)
            self.audit.record(
                "pakta.signer_role", "person", person_id, event_id, {"role": role.value}, at=now
            )
        return Done()

    def move(self, event_id: int, person_id: int, offset: int) -> Done:
        """Move a signer ``offset`` places earlier (negative) or later in the order."""
        with self.store.write():
            order = [s.person_id for s in self.store.pakta.signers(event_id)]
            if person_id in order:
                index = order.index(person_id)
                target = min(max(index + offset, 0), len(order) - 1)
                order.insert(target, order.pop(index))
                self._store_order(event_id, order)
        return Done()

    def sort_by_rank(self, event_id: int) -> Done:
        with self.store.write():
            ranked = ordered_by_rank(self.store.pakta.signers(event_id))
            self._store_order(event_id, [s.person_id for s in ranked])
        return Done()

    def _store_order(self, event_id: int, order: list[int]) -> None:
        self.store.pakta.set_order(event_id, order)
        self.audit.record("pakta.order", "event", event_id, event_id, {"order": order})

    # -- the text --------------------------------------------------------------------------

    def template(self, event: Event) -> PaktaTemplate:
        saved = self.store.pakta.template(event.id) if event.id else None
        if saved:
            return PaktaTemplate(saved[0], saved[1], is_default=False)
        place = place_from_kop(event.kop_lines, event.venue)
        return PaktaTemplate(default_template_body(), place, is_default=True)

    def save_template(self, event_id: int, body: str, place: str) -> Done | Invalid:
        errors = template_problems(body, place)
        if errors:
            return Invalid(errors)
        now = self.clock.now()
        with self.store.write():
            self.store.pakta.save_template(event_id, body, place.strip(), now)
            self.audit.record(
                "pakta.template",
                "event",
                event_id,
                event_id,
                {"place": place.strip(), "body": body},
                at=now,
            )
        return Done()

    def _organisation(self, event: Event) -> str:
        """The government the event belongs to (``Pemerintah Kabupaten ...``)."""
        organisation_id = event.organisation_id or 0
        return self.store.events.organisation_name(organisation_id) or event.organiser

    def pakta_text(self, event: Event, signer: Signer) -> str:
        """The signer's own pakta: the event's template filled with their particulars."""
        template = self.template(event)
        fields = PaktaFields(
            nama=signer.name,
            nip=signer.id_label or "-",
            jabatan=signer.position,
            instansi=signer_instansi(signer, self._organisation(event)),
            tempat=template.place,
            tanggal=long_date(event.day),
        )
        return fill_template(template.body, fields)

    # -- signing ---------------------------------------------------------------------------

    def sign(
        self, event: Event, signer: Signer, strokes: list[Stroke], replace: bool = False
    ) -> Signed | NeedsConfirmation | Invalid:
        """Keep a signature given on the pad; a second one replaces the first only if confirmed.

        A dot or a stray line is refused; the blank margins are trimmed before storing.
        """
        assert event.id is not None
        problem = ink_problem(strokes)
        if problem:
            return _invalid("tanda_tangan", problem)
        signature = trimmed(strokes)
        text = self.pakta_text(event, signer)
        digest = fingerprint(text, signer.name, signer.id_label, signature)
        pact = SignedPakta(
            0, signer.person_id, text, signer.name, signer.id_label, signature, digest
        )
        now = self.clock.now()
        with self.store.write():
            previous = self.store.pakta.current_signature(event.id, signer.person_id)
            if previous is not None and not replace:
                return NeedsConfirmation(previous.fingerprint)
            details: dict[str, object] = {
                "fingerprint": digest, "name": signer.name, "nip": signer.id_label,
                "strokes": signature.to_json(),
            }  # fmt: skip
            if previous is not None:
                self.store.pakta.supersede(previous.signature_id, now)
                details["previous"] = {
                    "fingerprint": previous.fingerprint,
                    "strokes": previous.signature.to_json(),
                }
            signature_id = self.store.pakta.insert_signature(event.id, pact, now, self.station())
            self.audit.record(
                "pakta.resign" if previous else "pakta.sign",
                "pakta_signature",
                signature_id,
                event.id,
                details,
                at=now,
            )
        return Signed(signature_id, digest, previous.fingerprint if previous else None)

    def signed_pacts(self, event_id: int) -> list[SignedPakta]:
        """Current signatures in signing order."""
        found = (
            self.store.pakta.current_signature(event_id, s.person_id)
            for s in self.signers(event_id)
        )
        return [pact for pact in found if pact is not None]

    # -- the PDF ---------------------------------------------------------------------------

    def export_pdf(self, event: Event, out: Path) -> Exported | Invalid:
        assert event.id is not None
        pacts = self.signed_pacts(event.id)
        if not pacts:
            return _invalid("acara", Refused(Refusal.NO_SIGNED_PAKTA))
        source = pakta_source(event.id, pacts)
        pdf = self.signing.sign(
            int(event.organisation_id or 0), self.drawn_pdf(event, pacts), source
        )
        try:
            out.write_bytes(pdf)
        except OSError as error:
            return _invalid("berkas", cannot_write(out, error))
        self.exports.record("pakta-pdf", out, event.id, len(pacts))
        return Exported(out, len(pacts))

    def drawn_pdf(self, event: Event, pacts: list[SignedPakta]) -> bytes:
        return render_pakta_pdf(pacts, f"Pakta Integritas — {event.title}")

    def pacts_named(self, event_id: int, fingerprints: list[str]) -> list[SignedPakta] | None:
        """The stored pacts with these fingerprints in this order; None if one is missing."""
        found = [self.store.pakta.signatures_with_fingerprint(event_id, f) for f in fingerprints]
        return None if not all(found) else [pacts[-1] for pacts in found]

    def verify_pdf(self, event_id: int, path: Path) -> Verification | Invalid:
        """Recompute each page's fingerprint from the stored strokes and text, and redraw the
        page from them: a page matches only if both agree with what the file holds."""
        try:
            data = path.read_bytes()
            pages = read_pages(data)
        except OSError as error:
            return _invalid(
                "berkas",
                cannot_read(path, error),
            )
        except Exception as error:  # pypdf raises many kinds on a damaged file
            return _invalid("berkas", Refused(Refusal.NOT_A_READABLE_PDF, path=path, reason=error))
        # Signing adds one line naming the certificate at the foot of the first page.
        stamp = self.signing.check(data).certificate
        checks = []
        for number, page in enumerate(pages, start=1):
            status, name = PageStatus.NO_FINGERPRINT, ""
            if page.fingerprint:
                status, name = self._check_page(
                    event_id, page.fingerprint, page.content, stamp if number == 1 else b""
                )
            checks.append(PageCheck(number, status, name, page.fingerprint))
        return Verification(checks)

    def _check_page(
        self, event_id: int, printed: str, content: bytes, stamp: bytes
    ) -> tuple[PageStatus, str]:
        stored = self.store.pakta.signatures_with_fingerprint(event_id, printed)
        if not stored:
            return PageStatus.UNKNOWN_FINGERPRINT, ""
        pact = stored[-1]
        if pact.recomputed_fingerprint() != printed:
            return PageStatus.STORED_DATA_CHANGED, pact.name
        redrawn = render_pakta_pdf([pact], "")
        if stamp:
            redrawn = self.signing.as_signed(redrawn, stamp, {})
        if read_pages(redrawn)[0].content != content:
            return PageStatus.PAGE_CHANGED, pact.name
        return (PageStatus.MATCH if pact.current else PageStatus.SUPERSEDED), pact.name


PAKTA_DOCUMENT = "pakta"


def pakta_source(event_id: int, pacts: list[SignedPakta]) -> dict[str, object]:
    """What a signed pakta file names as its source: the pacts, page by page."""
    return {
        "document": PAKTA_DOCUMENT,
        "event": event_id,
        "fingerprints": [pact.fingerprint for pact in pacts],
    }


def _invalid(field: str, message: str) -> Invalid:
    return Invalid([FieldError(field, message)])
