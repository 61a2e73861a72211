from app.core.progress import Cancelled
from app.services.badge_print_service import BadgeRequest, BadgesWritten
from app.store.models import AuditLog


def test_badge_sheet_stopped_midway_leaves_the_old_file_and_no_part_behind(demo, tmp_path):
    event = demo.events.list_events()[0]
    (tmp_path / "keluar").mkdir()
    out = tmp_path / "keluar" / "kartu.pdf"
    out.write_bytes(b"yesterday's badges")
    heard: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < 20

    result = demo.badge_printing.write_pdf(BadgeRequest(event.id, out), keep_going)
    assert isinstance(result, Cancelled)
    assert heard[0][0] == 0 and 20 <= heard[-1][0] < heard[-1][1]
    assert out.read_bytes() == b"yesterday's badges"
    assert list(out.parent.iterdir()) == [out]
    assert not AuditLog.select().where(AuditLog.action == "export.write").exists()
    complete = demo.badge_printing.write_pdf(BadgeRequest(event.id, out))
    assert isinstance(complete, BadgesWritten) and out.read_bytes().startswith(b"%PDF")
