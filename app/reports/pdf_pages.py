"""Comparing every page of a PDF with the same document drawn again from the stored data.

A page matches only if it has the same size and boxes, no annotations beyond the
signature's own invisible field, the same fonts (their embedded programs and encodings
too), the same drawing operators, and renders (pypdfium2) to the same pixels. Each
difference is reported with the page it was found on.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

BOXES = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate", "/UserUnit")
RENDER_SCALE = 0.5  # 36 dpi: enough to see any change of a glyph, line or box
MAX_DEPTH = 16


@dataclass(frozen=True)
class PageProblem:
    page: int  # 1-based; 0 when it concerns the whole document
    reason: str

    def __str__(self) -> str:
        return f"halaman {self.page}: {self.reason}" if self.page else self.reason


@dataclass(frozen=True)
class _PageFacts:
    boxes: tuple[object, ...]
    extra_annotations: int
    fonts: str
    drawing: str


def compare_documents(printed: bytes, fresh: bytes) -> list[PageProblem]:
    """Every way ``printed`` differs from ``fresh``, page by page (empty: identical)."""
    printed_pages, fresh_pages = _facts(printed), _facts(fresh)
    problems = []
    if len(printed_pages) != len(fresh_pages):
        problems.append(
            PageProblem(
                0,
                f"berkas berisi {len(printed_pages)} halaman, data tersimpan "
                f"menghasilkan {len(fresh_pages)}",
            )
        )
    for number, (seen, expected) in enumerate(zip(printed_pages, fresh_pages, strict=False), 1):
        if seen.extra_annotations:
            problems.append(PageProblem(number, f"{seen.extra_annotations} anotasi ditambahkan"))
        if seen.boxes != expected.boxes:
            problems.append(PageProblem(number, "ukuran atau batas halaman (page box) diubah"))
        if seen.fonts != expected.fonts:
            problems.append(PageProblem(number, "huruf (font) diubah"))
        if seen.drawing != expected.drawing:
            problems.append(PageProblem(number, "isi halaman berbeda dari data tersimpan"))
    checked = {p.page for p in problems}
    for number in _pages_rendering_differently(printed, fresh, len(fresh_pages)):
        if number not in checked:
            problems.append(PageProblem(number, "tampilan halaman berbeda dari data tersimpan"))
    return problems


def _facts(pdf: bytes) -> list[_PageFacts]:
    reader = PdfReader(io.BytesIO(pdf))
    cache: dict[tuple[int, int], str] = {}
    facts = []
    for page in reader.pages:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        fonts = _digest(resources.get("/Font"), cache)
        others = {k: v for k, v in resources.items() if k != "/Font"}
        contents = page.get_contents()
        drawing = hashlib.sha256(contents.get_data() if contents is not None else b"")
        drawing.update(_digest(DictionaryObject(others), cache).encode())
        facts.append(
            _PageFacts(
                boxes=tuple(_plain(page.get(name)) for name in BOXES),
                extra_annotations=_extra_annotations(page),
                fonts=fonts,
                drawing=drawing.hexdigest(),
            )
        )
    return facts


def _extra_annotations(page: Any) -> int:
    """Annotations other than an invisible signature field (which signing itself adds)."""
    annotations = page.get("/Annots")
    if annotations is None:
        return 0
    count = 0
    for item in annotations.get_object():
        annotation = item.get_object()
        field_type = annotation.get("/FT") or annotation.get("/Parent", {}).get("/FT")
        rect = [float(v) for v in annotation.get("/Rect", [1, 1, 2, 2])]
        invisible = rect[2] - rect[0] == 0 and rect[3] - rect[1] == 0
        if not (annotation.get("/Subtype") == "/Widget" and field_type == "/Sig" and invisible):
            count += 1
    return count


def _plain(value: Any) -> object:
    if value is None:
        return None
    value = value.get_object()
    if isinstance(value, ArrayObject):
        return tuple(round(float(v), 3) for v in value)
    return round(float(value), 3)


def _digest(value: Any, cache: dict[tuple[int, int], str], depth: int = 0) -> str:
    """A hash of a PDF object with every reference followed and every stream decoded."""
    if depth > MAX_DEPTH:
        return "deep"
    if isinstance(value, IndirectObject):
        key = (value.idnum, value.generation)
        if key not in cache:
            cache[key] = "cycle"
            cache[key] = _digest(value.get_object(), cache, depth + 1)
        return cache[key]
    if isinstance(value, StreamObject):
        body = hashlib.sha256(value.get_data()).hexdigest()
        entries = {k: v for k, v in value.items() if k not in ("/Length", "/Filter")}
        return _hash(body + _digest(DictionaryObject(entries), cache, depth + 1))
    if isinstance(value, DictionaryObject):
        parts = (f"{k}={_digest(v, cache, depth + 1)}" for k, v in sorted(value.items()))
        return _hash("{" + ",".join(parts) + "}")
    if isinstance(value, ArrayObject):
        return _hash("[" + ",".join(_digest(v, cache, depth + 1) for v in value) + "]")
    if isinstance(value, NameObject):
        return str(value)
    return repr(value)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _pages_rendering_differently(printed: bytes, fresh: bytes, pages: int) -> list[int]:
    seen, expected = pdfium.PdfDocument(printed), pdfium.PdfDocument(fresh)
    try:
        differing = []
        for index in range(min(len(seen), len(expected), pages)):
            if _pixels(seen, index) != _pixels(expected, index):
                differing.append(index + 1)
        return differing
    finally:
        seen.close()
        expected.close()


def _pixels(document: pdfium.PdfDocument, index: int) -> bytes:
    page = document[index]
    try:
        bitmap = page.render(scale=RENDER_SCALE, grayscale=True, draw_annots=True)
        return bytes(bitmap.buffer)
    finally:
        page.close()
