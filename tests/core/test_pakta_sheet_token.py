import base64

from app.core.badge_token import key_id_of, new_private_key, public_key_of
from app.core.pakta_sheet_token import (
    TOKEN_LENGTH,
    SheetClaim,
    SheetReject,
    issue_sheet_token,
    text_version,
    verify_sheet_token,
)

KEY = new_private_key()
PUBLIC = public_key_of(KEY)


def _keys(key_id):
    return PUBLIC if key_id == key_id_of(PUBLIC) else None


def test_a_sheet_token_names_event_person_and_text_version():
    claim = SheetClaim(b"", 12, 4_000_000, text_version("teks", "Wanasari"))
    token = issue_sheet_token(KEY, claim)
    assert len(token) == TOKEN_LENGTH == 131 and token.isalnum() and token.isupper()
    verified = verify_sheet_token(token.lower(), _keys)
    assert verified == SheetClaim(key_id_of(PUBLIC), 12, 4_000_000, claim.text_version)


def test_every_changed_character_fails():
    token = issue_sheet_token(KEY, SheetClaim(b"", 1, 2, 3))
    for index in range(3, len(token)):
        changed = token[:index] + ("A" if token[index] != "A" else "B") + token[index + 1 :]
        assert isinstance(verify_sheet_token(changed, _keys), SheetReject), index


def test_sheet_signed_by_another_key_is_refused():
    other = new_private_key()
    token = issue_sheet_token(other, SheetClaim(b"", 1, 2, 3))
    assert verify_sheet_token(token, _keys) is SheetReject.UNKNOWN_KEY
    # the forger copies the organisation's key id into the payload: the signature fails
    raw = bytearray(base64.b32decode(token[3:] + "=" * (-len(token[3:]) % 8)))
    raw[:4] = key_id_of(PUBLIC)
    forged = "NP1" + base64.b32encode(bytes(raw)).decode().rstrip("=")
    assert verify_sheet_token(forged, _keys) is SheetReject.BAD_SIGNATURE


def test_badges_covers_and_noise_are_not_sheets():
    for text in ["NT1ABC", "NPC1", "", "NP1" + "A" * 127, "NP1" + "1" * 128, "x" * 500]:
        assert verify_sheet_token(text, _keys) is SheetReject.NOT_A_SHEET


def test_text_version_changes_with_a_word_or_the_place():
    base = text_version("Saya menyatakan", "Wanasari")
    assert base != text_version("Saya menyatakan.", "Wanasari")
    assert base != text_version("Saya menyatakan", "Wanasari Barat")
    assert base == text_version("Saya menyatakan", "Wanasari")
