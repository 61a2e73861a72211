"""The organisation's Ed25519 badge keys. Gate stations may hold public keys only."""

from __future__ import annotations

from datetime import datetime

from app.store.models import Person, SigningKey


class KeysRepo:
    def active_private_key(self, organisation_id: int) -> bytes | None:
        row = (
            SigningKey.select(SigningKey.private_key)
            .where(
                (SigningKey.organisation == organisation_id)
                & SigningKey.active
                & SigningKey.private_key.is_null(False)
            )
            .order_by(SigningKey.id.desc())
            .first()
        )
        return bytes(row.private_key) if row else None

    def insert_key(
        self,
        organisation_id: int,
        key_id: bytes,
        public_key: bytes,
        private_key: bytes | None,
        at: datetime,
    ) -> None:
        SigningKey.create(
            organisation=organisation_id,
            key_id=key_id.hex(),
            public_key=public_key,
            private_key=private_key,
            active=True,
            created_at=at,
        )

    def public_key(self, organisation_id: int, key_id: bytes) -> bytes | None:
        """The organisation's own active key with this id: another organisation's badge never
        verifies here, even for a person whose number is on both rosters."""
        row = (
            SigningKey.select(SigningKey.public_key)
            .where(
                (SigningKey.organisation == organisation_id)
                & (SigningKey.key_id == key_id.hex())
                & SigningKey.active
            )
            .first()
        )
        return bytes(row.public_key) if row else None

    def current_serial(self, organisation_id: int, id_number: str) -> int | None:
        """The serial a valid badge of this person must carry; None if not on the roster or
        inactive."""
        row = (
            Person.select(Person.badge_serial)
            .where(
                (Person.organisation == organisation_id)
                & (Person.id_number == id_number)
                & Person.active
            )
            .first()
        )
        return int(row.badge_serial) if row else None

    def active_public_key(self, organisation_id: int) -> bytes | None:
        row = (
            SigningKey.select(SigningKey.public_key)
            .where((SigningKey.organisation == organisation_id) & SigningKey.active)
            .order_by(SigningKey.id.desc())
            .first()
        )
        return bytes(row.public_key) if row else None

    def has_key(self, key_id: bytes) -> bool:
        return SigningKey.select().where(SigningKey.key_id == key_id.hex()).exists()

    def holds_private_key(self, organisation_id: int) -> bool:
        return (
            SigningKey.select()
            .where(
                (SigningKey.organisation == organisation_id) & SigningKey.private_key.is_null(False)
            )
            .exists()
        )

    def retire_keys(self, organisation_id: int) -> None:
        """Stop trusting every key of the organisation (kept for the record, never deleted)."""
        SigningKey.update(active=False).where(SigningKey.organisation == organisation_id).execute()

    def active_public_keys(self) -> list[bytes]:
        """Every organisation key this station trusts."""
        return [bytes(row.public_key) for row in SigningKey.select().where(SigningKey.active)]

    def public_key_with_id(self, key_id_hex: str) -> bytes | None:
        """Any stored organisation key with this id (an anchor names the key that signed it)."""
        row = (
            SigningKey.select(SigningKey.public_key).where(SigningKey.key_id == key_id_hex).first()
        )
        return bytes(row.public_key) if row else None
