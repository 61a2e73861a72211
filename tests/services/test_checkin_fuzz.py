"""100.000 random and hostile payloads through the real check-in path.

Each payload has the outcome it must get; nothing but the scan log may change. The
database file sits on a RAM disk (/dev/shm) when there is one: the same SQLite code and
settings, only the fsync is cheap, which keeps the run short enough for CI.
"""

from __future__ import annotations

import random
import string
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.badge_token import RejectReason, issue_token, new_private_key
from app.core.checkin import Method
from app.core.outcomes import Outcome
from app.store.models import ScanLog
from tests.db_dump import table_digests

PAYLOADS = 100_000
RAM_DISK = Path("/dev/shm")
SQL = [
    "'; DROP TABLE checkin; --", "1 OR 1=1", "\" OR \"\"=\"", "NT1' UNION SELECT * FROM person --",
    "'); DELETE FROM audit_log; --", "%' AND 1=0 --", "NT1\x00'; --", "$(rm -rf /)", "{{7*7}}",
    "<script>alert(1)</script>", "../../etc/passwd", "%s%s%s%n", "\\x27 OR 1 --",
]  # fmt: skip
SCAN_LOG = frozenset({"scan_log"})
BASE32 = string.ascii_uppercase + "234567"


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """Overrides the shared fixture: the same kind of file, on a RAM disk when present."""
    if RAM_DISK.is_dir():
        with tempfile.TemporaryDirectory(dir=RAM_DISK, prefix="netra-fuzz-") as folder:
            yield Path(folder) / "netra.sqlite3"
    else:
        yield tmp_path / "netra.sqlite3"


def one_character_changed(rng: random.Random, token: str) -> str:
    """Another character at one place (not merely the other case: tokens ignore case)."""
    at = rng.randrange(len(token))
    choices = BASE32 + string.punctuation + " \t"
    new = rng.choice([c for c in choices if c.upper() != token[at].upper()])
    return token[:at] + new + token[at + 1 :]


def payload_makers(demo, event) -> list[tuple[str, Callable[[random.Random], object], Outcome]]:
    """Kinds of payload, each with what it must lead to."""
    people = demo.store.people.expected_people(event.id)[:40]
    ours = [demo.badges.token_for(event.organisation_id, p) for p in people]
    with demo.store.write():
        other_org = demo.store.events.insert_organisation("Kabupaten Sebelah", demo.clock.now())
        demo.store.people.insert_people(other_org, people[:10], demo.clock.now())
    demo.badges.ensure_signing_key(other_org)
    other_org_tokens = [demo.badges.token_for(other_org, p) for p in people[:10]]
    stray_key = new_private_key()
    unknown_key_tokens = [issue_token(stray_key, p.id_number, 1, event.day) for p in people[:10]]
    strangers = [replace(people[0], id_number=f"19900101201503{n:04d}") for n in range(10)]
    not_on_roster = [demo.badges.token_for(event.organisation_id, p) for p in strangers]
    revoked = [issue_token(_private_key(demo, event.organisation_id), p.id_number, 7, event.day)
               for p in people[:10]]  # fmt: skip
    printable = string.printable
    controls = "".join(map(chr, [*range(0, 32), 127, *range(0x80, 0xA0), 0x200B, 0x202E, 0xFEFF]))
    return [
        ("bytes", lambda r: r.randbytes(r.randrange(0, 300)), Outcome.INVALID),
        ("latin-1", lambda r: r.randbytes(r.randrange(0, 300)).decode("latin-1"), Outcome.INVALID),
        ("text", lambda r: "".join(r.choices(printable, k=r.randrange(0, 200))), Outcome.INVALID),
        ("huge", lambda r: r.choice(printable) * r.randrange(10_000, 1_000_000), Outcome.INVALID),
        ("control", lambda r: "".join(r.choices(controls, k=r.randrange(1, 80))), Outcome.INVALID),
        ("sql", lambda r: r.choice(SQL) + r.choice(["", r.choice(ours)]), Outcome.INVALID),
        ("near-valid", lambda r: one_character_changed(r, r.choice(ours)), Outcome.INVALID),
        ("other organisation", lambda r: r.choice(other_org_tokens), Outcome.INVALID),
        ("unknown key", lambda r: r.choice(unknown_key_tokens), Outcome.INVALID),
        ("not on roster", lambda r: r.choice(not_on_roster), Outcome.UNKNOWN_PERSON),
        ("old badge", lambda r: r.choice(revoked), Outcome.REVOKED),
    ]


def _private_key(demo, organisation_id: int) -> bytes:
    key = demo.store.keys.active_private_key(organisation_id)
    assert key is not None
    return key


@pytest.mark.slow
def test_hundred_thousand_hostile_payloads_are_refused_and_only_logged(demo, db_path):
    event = demo.events.list_events()[0]
    makers = payload_makers(demo, event)
    before = table_digests(db_path, SCAN_LOG)
    log_before = ScanLog.select().count()
    rng = random.Random(8)
    wrong: list[tuple[str, object, Outcome]] = []
    seen: Counter[str] = Counter()
    expected_log: Counter[str] = Counter()
    started = time.perf_counter()
    for _ in range(PAYLOADS):
        kind, make, expected = rng.choice(makers)
        payload = make(rng)
        result = demo.checkins.scan(event.id, payload, Method.SCANNER, "Gerbang 1")
        seen[kind] += 1
        expected_log[expected.value] += 1
        if result.outcome is not expected or (
            kind == "other organisation" and result.reason is not RejectReason.UNKNOWN_KEY
        ):
            wrong.append((kind, payload, result.outcome))
    elapsed = time.perf_counter() - started
    print(f"\nfuzz: {PAYLOADS} payloads in {elapsed:.1f} s, {len(wrong)} wrong; {dict(seen)}")
    assert not wrong[:5]
    logged = ScanLog.select(ScanLog.outcome).where(ScanLog.id > log_before)
    assert Counter(row.outcome for row in logged) == expected_log
    assert table_digests(db_path, SCAN_LOG) == before
