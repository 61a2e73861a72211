from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.core.badge_token import (
    BadgeDirectory,
    Rejection,
    RejectReason,
    VerifiedBadge,
    issue_token,
    key_id_of,
    new_private_key,
    public_key_of,
    verify,
)

PRIVATE = new_private_key()
PUBLIC = public_key_of(PRIVATE)
SERIALS = {"199001012015031001": 1, "3374010101900001": 2}
DIRECTORY = BadgeDirectory(
    public_key=lambda key_id: PUBLIC if key_id == key_id_of(PUBLIC) else None,
    current_serial=SERIALS.get,
)
TOKEN = issue_token(PRIVATE, "199001012015031001", 1, date(2024, 9, 1))


def test_issued_token_verifies_and_names_the_person():
    result = verify(TOKEN, DIRECTORY)
    assert isinstance(result, VerifiedBadge)
    assert result.claim.person_id == "199001012015031001"
    assert result.claim.issued == date(2024, 9, 1)


def test_token_uses_only_digits_and_capitals_and_fits_qr_version_6():
    assert TOKEN.isalnum() and TOKEN.upper() == TOKEN
    assert len(TOKEN) <= 154  # alphanumeric capacity of version 6 at level M


def test_token_typed_in_lower_case_still_verifies():
    assert isinstance(verify(TOKEN.lower(), DIRECTORY), VerifiedBadge)


def test_every_single_changed_character_fails():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for position in range(len(TOKEN)):
        for replacement in alphabet[:4] + alphabet[-2:]:
            if replacement == TOKEN[position]:
                continue
            forged = TOKEN[:position] + replacement + TOKEN[position + 1 :]
            assert not isinstance(verify(forged, DIRECTORY), VerifiedBadge), position


def test_older_serial_is_revoked():
    old = issue_token(PRIVATE, "3374010101900001", 1, date(2024, 9, 1))
    result = verify(old, DIRECTORY)
    assert isinstance(result, Rejection) and result.reason is RejectReason.REVOKED


def test_token_of_another_organisation_has_unknown_key():
    other = issue_token(new_private_key(), "199001012015031001", 1, date(2024, 9, 1))
    result = verify(other, DIRECTORY)
    assert isinstance(result, Rejection) and result.reason is RejectReason.UNKNOWN_KEY


def test_person_not_on_roster_is_unknown():
    token = issue_token(PRIVATE, "198001012005011002", 1, date(2024, 9, 1))
    result = verify(token, DIRECTORY)
    assert isinstance(result, Rejection) and result.reason is RejectReason.UNKNOWN_PERSON


@given(st.text(max_size=400))
def test_verify_never_raises_on_any_text(text):
    result = verify(text, DIRECTORY)
    assert isinstance(result, Rejection)


@given(st.binary(max_size=300))
def test_verify_never_raises_on_bytes_read_as_text(data):
    result = verify(data.decode("latin-1"), DIRECTORY)
    assert isinstance(result, Rejection)
