"""Signing badge tokens and checking them against this organisation's keys and roster.

The private key is created once per organisation on the station that prints
badges; gate stations import only the public key (``netra keys import-public``)
and can then verify but never sign.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.admin_pin import PinCheck
from app.core.badge_token import (
    BadgeDirectory,
    Rejection,
    VerifiedBadge,
    can_carry,
    issue_token,
    key_id_of,
    new_private_key,
    public_key_of,
    verify,
)
from app.core.clock import Clock
from app.core.errors import FieldError
from app.core.key_file import (
    PublicKeyFile,
    key_fingerprint,
    read_public_key_file,
    write_public_key_file,
)
from app.core.people import Person
from app.core.refusals import Refusal, Refused
from app.services.auditor import Auditor
from app.services.event_service import Invalid
from app.services.pin_service import ADMIN, PinService
from app.store.store import Store

PUBLIC_ONLY = Refused(Refusal.PUBLIC_KEY_ONLY)


@dataclass(frozen=True)
class KeyImported:
    organisation_id: int
    key_id: bytes
    added: bool
    fingerprint: str


@dataclass(frozen=True)
class KeyReplacement:
    """The organisation already trusts another key: replacing it needs the admin PIN,
    given only after a person has compared both fingerprints."""

    organisation: str
    trusted_fingerprint: str
    offered_fingerprint: str


@dataclass(frozen=True)
class IssuedBadge:
    person: Person
    token: str


class BadgeService:
    def __init__(self, store: Store, clock: Clock, actor: str = "operator") -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.audit = Auditor(store, actor, clock)

    def ensure_signing_key(self, organisation_id: int) -> bytes | None:
        """The organisation's key id, creating the key pair on first use.

        None when this station holds only an imported public key: a second private
        key here would sign badges that the other stations reject.
        """
        with self.store.write():
            private = self.store.keys.active_private_key(organisation_id)
            if private is None:
                if self.store.keys.active_public_key(organisation_id) is not None:
                    return None
                private = new_private_key()
                public = public_key_of(private)
                self.store.keys.insert_key(
                    organisation_id, key_id_of(public), public, private, self.clock.now()
                )
                self.audit.record(
                    "key.create",
                    "organisation",
                    organisation_id,
                    None,
                    {"key_id": key_id_of(public).hex()},
                )
        return key_id_of(public_key_of(private))

    def token_for(self, organisation_id: int, person: Person) -> str:
        private = self.store.keys.active_private_key(organisation_id)
        if private is None:
            raise LookupError("organisation has no private signing key on this station")
        return issue_token(private, person.id_number, person.badge_serial, self.clock.now().date())

    def issue(self, organisation_id: int, people: list[Person]) -> list[IssuedBadge] | Invalid:
        """Signed tokens for many badges at once (the key is read once)."""
        if self.ensure_signing_key(organisation_id) is None:
            return Invalid([FieldError("kunci", PUBLIC_ONLY)])
        private = self.store.keys.active_private_key(organisation_id)
        assert private is not None
        # Rows stored before numbers were normalised may hold full-width digits.
        uncarried = [
            FieldError(
                "nomor",
                Refused(
                    Refusal.NUMBER_NOT_CARRIED, number=person.id_number, person=person.display_name
                ),
            )
            for person in people
            if not can_carry(person.id_number)
        ]
        if uncarried:
            return Invalid(uncarried)
        today = self.clock.now().date()
        return [
            IssuedBadge(person, issue_token(private, person.id_number, person.badge_serial, today))
            for person in people
        ]

    def directory(self, organisation_id: int) -> BadgeDirectory:
        return BadgeDirectory(
            public_key=lambda key_id: self.store.keys.public_key(organisation_id, key_id),
            current_serial=lambda id_number: self.store.keys.current_serial(
                organisation_id, id_number
            ),
        )

    def verify(self, organisation_id: int, token: str) -> VerifiedBadge | Rejection:
        return verify(token, self.directory(organisation_id))

    def public_key_file(self, organisation_id: int) -> str | None:
        """The text of the organisation's public-key file; None before any key exists."""
        public = self.store.keys.active_public_key(organisation_id)
        if public is None:
            return None
        name = self.store.events.organisation_name(organisation_id) or ""
        return write_public_key_file(PublicKeyFile(name, public))

    def public_key_fingerprint(self, organisation_id: int) -> str | None:
        public = self.store.keys.active_public_key(organisation_id)
        return key_fingerprint(public) if public is not None else None

    def import_public_key(
        self, text: str, admin_pin: str | None = None
    ) -> KeyImported | KeyReplacement | PinCheck | Invalid:
        """Trust another station's public key for its organisation (created here if new).

        A station holding the organisation's private key trusts no other key; a trusted key
        is replaced only with the admin PIN (``admin_pin``), and the replacement is audited.
        """
        document = read_public_key_file(text)
        if isinstance(document, str):
            return Invalid([FieldError("berkas", document)])
        now = self.clock.now()
        with self.store.write():
            organisation_id = self.store.events.organisation_id_named(document.organisation)
            if organisation_id is None:
                organisation_id = self.store.events.insert_organisation(document.organisation, now)
            trusted = self.store.keys.active_public_key(organisation_id)
            if trusted == document.public_key:
                return KeyImported(organisation_id, document.key_id, False, document.fingerprint)
            if self.store.keys.holds_private_key(organisation_id):
                return Invalid([FieldError("berkas", _own_key_message(document, trusted))])
            if self.store.keys.has_key(document.key_id):
                return Invalid([FieldError("berkas", RETIRED_KEY)])
            details = {"key_id": document.key_id.hex(), "fingerprint": document.fingerprint}
            action = "key.import"
            if trusted is not None:
                replacement = KeyReplacement(
                    document.organisation, key_fingerprint(trusted), document.fingerprint
                )
                if admin_pin is None:
                    return replacement
                check = PinService(self.store, self.clock, self.actor, ADMIN)
                verdict = check.check_within_transaction(admin_pin)
                if not verdict.accepted:
                    return verdict
                self.store.keys.retire_keys(organisation_id)
                action = "key.replace"
                details["replaced_fingerprint"] = replacement.trusted_fingerprint
            self.store.keys.insert_key(
                organisation_id, document.key_id, document.public_key, None, now
            )
            self.audit.record(action, "organisation", organisation_id, None, details, at=now)
        return KeyImported(organisation_id, document.key_id, True, document.fingerprint)


RETIRED_KEY = Refused(Refusal.RETIRED_KEY)


def _own_key_message(document: PublicKeyFile, own: bytes | None) -> str:
    own_fingerprint = key_fingerprint(own) if own is not None else "-"
    return (
        f"stasiun ini memegang kunci privat {document.organisation} (sidik jari "
        f"{own_fingerprint}); kunci publik lain ({document.fingerprint}) ditolak"
    )
