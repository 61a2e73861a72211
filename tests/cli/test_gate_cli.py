"""``netra checkin``, ``decode``, ``replay``, ``pin`` and ``cancel`` as real processes."""

import json
import random

import cv2
import pytest

from app.store.store import Store
from benchmarks.frameset import background, badge_card, code_frame
from tests.cli.test_cli import netra
from tests.scanning.test_scan_pipeline import write_video


@pytest.fixture
def gate_db(db_path):
    """A 40-person demo event, and badge tokens of three people not yet present."""
    assert netra("demo", "--people", "40", db=db_path).returncode == 0
    store = Store(str(db_path))
    from app.services.container import Services

    services = Services.build(store)
    event = services.events.list_events()[0]
    absent = [
        p for p in store.people.expected_people(event.id)
        if store.checkins.prior_checkin(event.id, p.id) is None
    ][:3]  # fmt: skip
    tokens = [services.badges.token_for(event.organisation_id, p) for p in absent]
    store.close()
    return db_path, event.id, absent, tokens


def test_checkin_prints_outcome_person_and_time_then_duplicate(gate_db):
    db, event, people, tokens = gate_db
    first = netra("checkin", tokens[0], "--event", str(event), "--station", "Gerbang 2",
                  "--json", db=db)  # fmt: skip
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["outcome"] in ("recorded", "late") and data["station"] == "Gerbang 2"
    assert data["person"]["id_number"] == people[0].id_number and data["at"]
    again = netra("checkin", tokens[0], "--event", str(event), "--station", "Gerbang 1", db=db)
    assert again.stdout.startswith("SUDAH TERCATAT pukul") and "di Gerbang 2" in again.stdout


@pytest.mark.parametrize("garbage", ["", "NT1", "x" * 5000, "NT1" + "A" * 150, "😀\t\x7f"])
def test_checkin_never_raises_on_garbage(gate_db, garbage):
    db, event, _, _ = gate_db
    result = netra("checkin", garbage, "--event", str(event), "--json", db=db)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["outcome"] == "invalid"


def test_checkin_on_a_missing_event_exits_1_in_indonesian(gate_db):
    db, _, _, tokens = gate_db
    result = netra("checkin", tokens[0], "--event", "99", db=db)
    assert result.returncode == 1 and "acara nomor 99 tidak ditemukan" in result.stderr


def test_decode_prints_payloads_per_file_and_names_unreadable_files(gate_db, tmp_path):
    _, _, _, tokens = gate_db
    rng = random.Random(4)
    cv2.imwrite(
        str(tmp_path / "kartu.jpg"), code_frame("badge-tilted", tokens[1], (1280, 720), rng)
    )
    cv2.imwrite(str(tmp_path / "kosong.png"), background(rng, 640, 480))
    (tmp_path / "bukan.png").write_text("teks")
    files = [tmp_path / "kartu.jpg", tmp_path / "kosong.png", tmp_path / "bukan.png"]
    result = netra("decode", *map(str, files), "--json")
    rows = json.loads(result.stdout)
    assert [r["payloads"] for r in rows] == [[tokens[1]], [], []]
    assert result.returncode == 1 and "bukan.png: bukan gambar" in result.stderr


def test_replay_of_badges_passing_by_records_each_person_once(gate_db, tmp_path):
    db, event, people, tokens = gate_db
    rng = random.Random(8)
    empty = background(rng, 640, 480)
    held = [code_frame("badge", token, (640, 480), rng) for token in tokens[:2]]
    # Each badge is held for two seconds at 15 fps; the first comes back after a pause.
    images = [empty] * 5 + [held[0]] * 30 + [empty] * 10 + [held[1]] * 30 + [held[0]] * 10
    write_video(tmp_path / "antrean.avi", images)
    result = netra("replay", str(tmp_path / "antrean.avi"), "--event", str(event),
                   "--station", "Gerbang 3", "--json", db=db)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["frames"] == len(images)
    names = [(c["person"]["id_number"], c["outcome"]) for c in data["checkins"]]
    assert names[:2] == [(people[0].id_number, names[0][1]), (people[1].id_number, names[1][1])]
    assert {o for _, o in names[:2]} <= {"recorded", "late"}
    assert names[2] == (people[0].id_number, "duplicate") and data["checkins"][2]["repeat"]
    assert all(c["latency_ms"] > 0 for c in data["checkins"])


def test_replay_of_a_folder_and_of_a_missing_file(gate_db, tmp_path):
    db, event, _, tokens = gate_db
    folder = tmp_path / "bingkai"
    folder.mkdir()
    cv2.imwrite(str(folder / "001.png"), badge_card(tokens[2], random.Random(1)))
    result = netra("replay", str(folder), "--event", str(event), db=db)
    assert result.returncode == 0 and "1 bingkai, 1 pindaian" in result.stdout
    missing = netra("replay", str(tmp_path / "tidak-ada.mp4"), "--event", str(event), db=db)
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr


def test_pin_set_then_cancel_with_the_pin_from_stdin(gate_db):
    db, event, people, tokens = gate_db
    netra("checkin", tokens[0], "--event", str(event), db=db)
    short = netra("pin", "set", db=db, stdin="12\n")
    assert short.returncode == 1 and "PIN harus 6 sampai 12 angka" in short.stderr
    assert netra("pin", "set", db=db, stdin="482913\n").returncode == 0
    args = ["cancel", "--event", str(event), "--person", people[0].id_number, "--reason", "salah"]
    wrong = netra(*args, db=db, stdin="000000\n")
    assert wrong.returncode == 1 and "PIN salah" in wrong.stderr
    done = netra(*args, db=db, stdin="482913\n")
    assert done.returncode == 0 and "dibatalkan" in done.stdout
