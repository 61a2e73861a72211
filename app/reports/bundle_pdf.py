"""One PDF of many parts: each part's pages in order, a bookmark per part, and every page
numbered ``Halaman X dari Y`` across the whole bundle (over each part's own number)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)
from reportlab.platypus import Flowable

from app.core.progress import Cancelled, KeepGoing
from app.core.report_data import Paper
from app.reports.pdf_parts import build_document

NUMBER_FONT = "/NetraPageNumber"
NUMBER_SIZE = 8
NUMBER_Y = 28.35  # 10 mm, where every part draws its own page number
COVER = (60.0, 8.0)  # half width and height of the white band laid over a part's own number


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
    """A part drawn on A4 with the shared page template."""
    return build_document(story, Paper.A4, title, author)


def assemble(
    parts: list[BundlePart], title: str, keywords: str, keep_going: KeepGoing
) -> tuple[bytes, list[PartPages]]:
    """The parts as one PDF with bookmarks and bundle-wide page numbers."""
    writer = PdfWriter()
    placed: list[PartPages] = []
    for index, part in enumerate(parts):
        reader = PdfReader(io.BytesIO(part.pdf))
        first = len(writer.pages)
        for page in reader.pages:
            writer.add_page(page)
        placed.append(PartPages(part.name, first + 1, len(reader.pages)))
        writer.add_outline_item(part.name, first)
        if not keep_going(index + 1, len(parts) + 1):
            raise Cancelled
    _number_pages(writer)
    writer.add_metadata({"/Title": title, "/Keywords": keywords, "/Creator": "Netra"})
    writer.page_mode = "/UseOutlines"
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), placed


def _number_pages(writer: PdfWriter) -> None:
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
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        centre = float(page.mediabox.width) / 2
        text = f"Halaman {number} dari {total}"
        width = len(text) * NUMBER_SIZE * 0.5
        half_width, half_height = COVER
        content = (
            f"q 1 g {centre - half_width:.2f} {NUMBER_Y - 3:.2f} {2 * half_width:.2f} "
            f"{half_height + 4:.2f} re f 0.2 g BT {NUMBER_FONT} {NUMBER_SIZE} Tf "
            f"{centre - width / 2:.2f} {NUMBER_Y:.2f} Td ({text}) Tj ET Q"
        )
        stream = DecodedStreamObject()
        stream.set_data(content.encode("ascii"))
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        fonts = DictionaryObject({**fonts, NameObject(NUMBER_FONT): font})
        resources = DictionaryObject({**resources, NameObject("/Font"): fonts})
        page[NameObject("/Resources")] = resources
        before = DecodedStreamObject()
        before.set_data(b"q")
        after = DecodedStreamObject()
        after.set_data(b"Q")
        contents = page.get("/Contents")
        existing = contents.get_object() if contents is not None else ArrayObject()
        existing = existing if isinstance(existing, ArrayObject) else ArrayObject([contents])
        page[NameObject("/Contents")] = ArrayObject(
            [
                writer._add_object(before),
                *existing,
                writer._add_object(after),
                writer._add_object(stream),
            ]
        )


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
