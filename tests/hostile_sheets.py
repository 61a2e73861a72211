"""Spreadsheets made to hurt a reader, written part by part so each stays small on disk.

Used by tests/imports/test_hostile_sheets.py and benchmarks/hostile_sheets.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" Target="xl/workbook.xml"
 Type="{RELS}/officeDocument"/></Relationships>"""
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>
<sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PACKAGE_RELS}">
<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Nama</t></is></c></row>'
)
MEGABYTE = 1 << 20

Chunks = Callable[[], Iterator[str]]


def write_xlsx_parts(path: Path, sheet: Chunks, shared: Chunks | None = None) -> Path:
    """An .xlsx whose sheet (and shared strings) XML come in chunks, deflated as they come."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        shared = shared or (lambda: iter([f'<sst xmlns="{MAIN}"/>']))
        for part, chunks in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared)):
            with archive.open(part, "w", force_zip64=True) as member:
                for chunk in chunks():
                    member.write(chunk.encode())
    return path


def _sheet(body: Callable[[], Iterator[str]], dimension: str = "A1:B2") -> Chunks:
    def chunks() -> Iterator[str]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
        yield f'<dimension ref="{dimension}"/><sheetData>'
        yield from body()
        yield "</sheetData></worksheet>"

    return chunks


def _one_person() -> Iterator[str]:
    yield HEADER_ROW
    yield (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>199001012015031001</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Siti Aminah</t></is></c></row>'
    )


def claimed_whole_sheet(path: Path) -> Path:
    """Three rows of data in a file of ~1.9 KB whose sheet claims to span A1:XFD1048576.

    The last is a note far down (row 150,000): a reader trusting the claim makes every
    row above it 16,384 cells wide.
    """

    def rows() -> Iterator[str]:
        yield from _one_person()
        yield '<row r="150000"><c r="A150000" t="inlineStr"><is><t>catatan</t></is></c></row>'

    return write_xlsx_parts(path, _sheet(rows, "A1:XFD1048576"))


def huge_shared_string(path: Path, megabytes: int = 1024) -> Path:
    """About 1 MB on disk holding one shared string of ``megabytes`` once inflated."""

    def shared() -> Iterator[str]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
        yield "<si><t>"
        for _ in range(megabytes):
            yield "A" * MEGABYTE
        yield "</t></si></sst>"

    def rows() -> Iterator[str]:
        yield HEADER_ROW
        yield (
            '<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c>'
            '<c r="B2" t="s"><v>0</v></c></row>'
        )

    return write_xlsx_parts(path, _sheet(rows), shared)


def million_rows_xlsx(path: Path, rows: int = 1_000_000) -> Path:
    def body() -> Iterator[str]:
        yield HEADER_ROW
        batch: list[str] = []
        for number in range(2, rows + 2):
            batch.append(
                f'<row r="{number}"><c r="A{number}" t="inlineStr">'
                f"<is><t>{number}</t></is></c></row>"
            )
            if len(batch) == 10_000:
                yield "".join(batch)
                batch = []
        yield "".join(batch)

    return write_xlsx_parts(path, _sheet(body, f"A1:B{rows + 1}"))


def empty_cells_far_right(path: Path, rows: int = 100_000) -> Path:
    """Every row ends with an empty styled cell in column XFD: nothing to keep but width."""

    def body() -> Iterator[str]:
        yield HEADER_ROW
        for start in range(2, rows + 2, 10_000):
            yield "".join(
                f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{n}</t></is></c>'
                f'<c r="XFD{n}" s="0"/></row>'
                for n in range(start, min(start + 10_000, rows + 2))
            )

    return write_xlsx_parts(path, _sheet(body, f"A1:XFD{rows + 1}"))


def entity_expansion(path: Path) -> Path:
    """The "billion laughs": a DTD whose entities grow to gigabytes when expanded."""

    def chunks() -> Iterator[str]:
        yield '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        previous = "lol"
        for level in range(1, 10):
            yield f'<!ENTITY lol{level} "{("&" + previous + ";") * 10}">'
            previous = f"lol{level}"
        yield f']><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
        yield f"<is><t>&{previous};</t></is></c></row></sheetData></worksheet>"

    return write_xlsx_parts(path, chunks)


def million_rows_csv(path: Path, rows: int = 1_000_000) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("NIP;Nama\n")
        for start in range(0, rows, 10_000):
            handle.write("".join(f"{n};Pegawai {n}\n" for n in range(start, start + 10_000)))
    return path


def most_cells_csv(path: Path, columns: int = 20, rows: int = 99_999) -> Path:
    """Just inside every limit: 2 million distinct short cells."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(";".join(f"K{c}" for c in range(columns)) + "\n")
        for start in range(0, rows, 10_000):
            handle.write(
                "".join(
                    ";".join(f"{n:x}{c:x}" for c in range(columns)) + "\n"
                    for n in range(start, min(start + 10_000, rows))
                )
            )
    return path


HOSTILE_FILES: dict[str, Callable[[Path], Path]] = {
    "klaim A1:XFD1048576 (1,9 KB)": lambda folder: claimed_whole_sheet(folder / "klaim.xlsx"),
    "teks bersama 1 GB (1 MB)": lambda folder: huge_shared_string(folder / "teks.xlsx"),
    "sejuta baris .xlsx": lambda folder: million_rows_xlsx(folder / "sejuta.xlsx"),
    "sejuta baris .csv": lambda folder: million_rows_csv(folder / "sejuta.csv"),
    "sel kosong di kolom XFD": lambda folder: empty_cells_far_right(folder / "lebar.xlsx"),
    "entitas XML berlipat": lambda folder: entity_expansion(folder / "entitas.xlsx"),
    "2 juta sel pendek .csv (tepat di bawah batas)": lambda folder: most_cells_csv(
        folder / "sel.csv"
    ),
}

BOUNDED_READER = """
import json, resource, sys, time
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from pathlib import Path
from app.services.roster_service import RosterService
started = time.perf_counter()
preview = RosterService(None, None, "").preview(Path(sys.argv[1]))
if hasattr(preview, "errors"):
    outcome = {"rows": 0, "error": preview.errors[0].message}
else:
    outcome = {"rows": len(preview.table.rows), "error": None}
outcome["seconds"] = time.perf_counter() - started
status = Path("/proc/self/status").read_text()  # VmHWM: this process's own peak, unlike
peak_kib = int(status.split("VmHWM:")[1].split()[0])  # ru_maxrss, which survives exec
outcome["peak_mib"] = peak_kib / 1024
print(json.dumps(outcome))
"""


def read_bounded(path: Path, memory_bytes: int, seconds: float) -> dict:
    """The roster import's reading of ``path`` in a child held to ``memory_bytes`` and ``seconds``.

    Returns the child's report (rows or error, seconds, peak RSS in MiB); raises when the
    child dies (out of memory) or runs out of time, which is what a hostile file must not do.
    """
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", BOUNDED_READER, str(path), str(memory_bytes)],
        capture_output=True, text=True, timeout=seconds, cwd=root, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"reader failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout)
