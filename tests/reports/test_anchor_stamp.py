"""The audit anchor printed on the rekap is a QR code the gate's own decoder reads back."""

import numpy as np
import pypdfium2

from app.core.report_data import ReportKind, ReportRequest
from app.scanning.decoder import decode_frame


def test_anchor_qr_on_the_rekap_reads_back_as_the_anchor_it_prints(demo, tmp_path):
    event = demo.events.list_events()[0]
    out = tmp_path / "rekap.pdf"
    demo.reports.write_pdf(event.id, ReportRequest(kind=ReportKind.RECAP), out)
    document = pypdfium2.PdfDocument(str(out))
    last = document[len(document) - 1].render(scale=150 / 72).to_pil().convert("L")
    codes = decode_frame(np.asarray(last))
    anchor = demo.anchors.verify(str(out))
    assert anchor.holds and anchor.anchor is not None
    assert anchor.anchor.full in codes
