"""One PDF of many parts: each part's pages in order, a bookmark per part, and every page
numbered ``Halaman X dari Y`` across the whole bundle (bottom right). The parts are drawn
without their own numbers, and the separate part files are cut from the numbered bundle, so
a page reads the same in the bundle and in its part file."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.core.report_data import Paper
from app.reports.pdf_parts import build_document

NUMBER_FONT = "/NetraPageNumber"
NUMBER_SIZE = 8
NUMBER_Y = 8 * mm  # below every part's own footer (the pakta's fingerprint line)
NUMBER_RIGHT = 15 * mm  # the right margin of every part


@dataclass(frozen=True)
class BundlePart:
    name: str  # the bookmark and the file's title
    file_name: str  # in the ZIP
    pdf: bytes


@dataclass(frozen=True)
class PartPages:
    name: str
    first: int  # 1-based page of the bundle
    pages: int


def render_part(story: list[Flowable], title: str, author: str) -> bytes:
    """A part drawn on A4 with the shared page template, left for the bundle to number."""
    return build_document(story, Paper.A4, title, author, numbered=False)


def assemble(
    parts: list[BundlePart], title: str, keywords: str
) -> tuple[bytes, list[PartPages], list[BundlePart]]:
    """The parts as one PDF with bookmarks and bundle-wide page numbers; where each part
    sits; and each part as its own file, cut from the numbered bundle."""
    writer = PdfWriter()
    placed: list[PartPages] = []
    for part in parts:
        reader = PdfReader(io.BytesIO(part.pdf))
        first = len(writer.pages)
        for page in reader.pages:
            writer.add_page(page)
        placed.append(PartPages(part.name, first + 1, len(reader.pages)))
        writer.add_outline_item(title=part.name, page_number=first)
    _number_pages(writer)
    writer.add_metadata({"/Title": title, "/Keywords": keywords, "/Creator": "Netra"})
    writer.page_mode = "/UseOutlines"
    bundle = _written(writer)
    numbered = PdfReader(io.BytesIO(bundle))
    files = []
    for part, where in zip(parts, placed, strict=True):
        single = PdfWriter()
        for index in range(where.first - 1, where.first - 1 + where.pages):
            single.add_page(numbered.pages[index])
        single.add_metadata({"/Title": part.name, "/Keywords": keywords, "/Creator": "Netra"})
        files.append(BundlePart(part.name, part.file_name, _written(single)))
    return bundle, placed, files


def _written(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _number_pages(writer: PdfWriter, total: int | None = None) -> None:
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    save, restore = _stream(writer, b"q"), _stream(writer, b"Q")
    total = total or len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        text = f"Halaman {number} dari {total}"
        left = float(page.mediabox.width) - NUMBER_RIGHT - stringWidth(text, "Helvetica", 8)
        content = (
            f"q 0.2 g BT {NUMBER_FONT} {NUMBER_SIZE} Tf {left:.2f} {NUMBER_Y:.2f} Td ({text}) Tj "
            "ET Q"
        )
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        fonts = DictionaryObject({**fonts, NameObject(NUMBER_FONT): font})
        page[NameObject("/Resources")] = DictionaryObject({**resources, NameObject("/Font"): fonts})
        contents = page.get("/Contents")
        existing = contents.get_object() if contents is not None else ArrayObject()
        existing = existing if isinstance(existing, ArrayObject) else ArrayObject([contents])
        page[NameObject("/Contents")] = ArrayObject(
            [save, *existing, restore, _stream(writer, content.encode("ascii"))]
        )


def _stream(writer: PdfWriter, data: bytes) -> object:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def leading_pages(pdf: bytes, count: int) -> bytes:
    """The first ``count`` pages of ``pdf``, as a PDF of their own."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages[:count]:
        writer.add_page(page)
    return _written(writer)


def opening_pages(parts: list[bytes], total: int) -> bytes:
    """The parts numbered as the first pages of a bundle of ``total`` pages: a bundle's
    opening drawn again, to compare with the signed one."""
    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    _number_pages(writer, total)
    return _written(writer)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
