"""Signing badge tokens and checking them against this organisation's keys and roster."""

from __future__ import annotations

from app.core.badge_token import (
    BadgeDirectory,
    Rejection,
    VerifiedBadge,
    issue_token,
    key_id_of,
    new_private_key,
    public_key_of,
    verify,
)
from app.core.clock import Clock
from app.core.people import Person
from app.store import keys_repo
from app.store.store import Store


class BadgeService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def ensure_signing_key(self, organisation_id: int) -> bytes:
        """The organisation's key id, creating the key pair on first use."""
        with self.store.write():
            private = keys_repo.active_private_key(organisation_id)
            if private is None:
                private = new_private_key()
                public = public_key_of(private)
                keys_repo.insert_key(
                    organisation_id, key_id_of(public), public, private, self.clock.now()
                )
        return key_id_of(public_key_of(private))

    def token_for(self, organisation_id: int, person: Person) -> str:
        private = keys_repo.active_private_key(organisation_id)
        if private is None:
            raise LookupError("organisation has no private signing key on this station")
        return issue_token(private, person.id_number, person.badge_serial, self.clock.now().date())

    def directory(self, organisation_id: int) -> BadgeDirectory:
        return BadgeDirectory(
            public_key=keys_repo.public_key,
            current_serial=lambda id_number: keys_repo.current_serial(organisation_id, id_number),
        )

    def verify(self, organisation_id: int, token: str) -> VerifiedBadge | Rejection:
        return verify(token, self.directory(organisation_id))
