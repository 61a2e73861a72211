"""The parts of a laporan pelaksanaan HR writes: default text, and how it is kept as JSON.

Each event keeps its own copy once HR edits it; until then the defaults below are filled
with the event's names. The legal basis defaults to the acts on ASN neutrality in force.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from app.core.errors import FieldError
from app.core.events import Event
from app.core.refusals import Refusal, Refused

DEFAULT_LEGAL_BASIS = (
    "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
    "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;",
    "Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik "
    "Pegawai Negeri Sipil;",
    "Keputusan Bersama Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Menteri "
    "Dalam Negeri, Kepala Badan Kepegawaian Negara, Ketua Komisi Aparatur Sipil Negara dan "
    "Ketua Badan Pengawas Pemilihan Umum Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan "
    "Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan "
    "Pemilihan.",
)
DEFAULT_PROGRAMME = (
    "Persiapan dan registrasi kehadiran peserta di gerbang",
    "Pembukaan oleh pembawa acara",
    "Menyanyikan lagu kebangsaan Indonesia Raya",
    "Sambutan pimpinan",
    "Pembacaan ikrar netralitas ASN, diikuti seluruh peserta",
    "Penandatanganan pakta integritas oleh para pejabat",
    "Doa dan penutup",
)
MAX_TEXT = 6000
MAX_ITEMS = 30


@dataclass(frozen=True)
class Official:
    """A person who signs a block: name, NIP (may be empty), position."""

    name: str = ""
    nip: str = ""
    position: str = ""


@dataclass(frozen=True)
class LaporanText:
    background: str
    legal_basis: tuple[str, ...]
    purpose: str
    programme: tuple[str, ...]
    conclusions: str
    place: str  # where the laporan and the berita acara are signed
    reporter: Official
    witnesses: tuple[Official, Official] = (Official(), Official())
    declared: str = ""  # what was declared, in the berita acara


def default_text(event: Event, place: str) -> LaporanText:
    organiser = event.organiser
    return LaporanText(
        background=(
            "Netralitas Aparatur Sipil Negara (ASN) merupakan salah satu asas penyelenggaraan "
            "kebijakan dan manajemen ASN. Setiap pegawai ASN tidak berpihak dari segala bentuk "
            "pengaruh mana pun dan tidak memihak kepada kepentingan siapa pun. Menjelang "
            "penyelenggaraan pemilihan, netralitas ASN perlu ditegaskan kembali melalui "
            f"{event.title.strip()}, yang diselenggarakan oleh {organiser}."
        ),
        legal_basis=DEFAULT_LEGAL_BASIS,
        purpose=(
            "Maksud kegiatan ini adalah menegaskan komitmen seluruh pegawai untuk menjaga "
            "netralitas ASN. Tujuannya agar setiap pegawai memahami larangan dan sanksi "
            "pelanggaran netralitas, menyatakan ikrar netralitas secara bersama-sama, dan "
            "para pejabat menandatangani pakta integritas."
        ),
        programme=DEFAULT_PROGRAMME,
        conclusions=(
            "Kegiatan berjalan dengan tertib dan lancar. Disarankan agar setiap perangkat "
            "daerah menindaklanjuti pegawai yang tidak hadir tanpa keterangan dan pejabat yang "
            "belum menandatangani pakta integritas, serta melakukan pengawasan netralitas ASN "
            "secara berkelanjutan sampai seluruh tahapan pemilihan selesai."
        ),
        place=place,
        reporter=Official(position=f"Kepala {organiser}" if organiser else ""),
        declared=(
            "ikrar netralitas Aparatur Sipil Negara, dibacakan dan diikuti oleh seluruh peserta, "
            "serta penandatanganan pakta integritas netralitas ASN oleh para pejabat"
        ),
    )


def text_problems(text: LaporanText) -> list[FieldError]:
    """What cannot be kept: overlong parts, too many list items, a witness without a name."""
    problems = []
    for name in ("background", "purpose", "conclusions", "declared"):
        if len(getattr(text, name)) > MAX_TEXT:
            problems.append(FieldError(name, Refused(Refusal.TEXT_TOO_LONG, max=MAX_TEXT)))
    for name in ("legal_basis", "programme"):
        if len(getattr(text, name)) > MAX_ITEMS:
            problems.append(FieldError(name, Refused(Refusal.LIST_TOO_LONG, limit=MAX_ITEMS)))
    for number, witness in enumerate(text.witnesses, start=1):
        if (witness.nip or witness.position) and not witness.name.strip():
            problems.append(
                FieldError(f"saksi_{number}", Refused(Refusal.WITNESS_NAME_MISSING, number=number))
            )
    return problems


def text_to_json(text: LaporanText) -> str:
    return json.dumps(asdict(text), ensure_ascii=False, sort_keys=True)


def text_from_json(body: str, defaults: LaporanText) -> LaporanText:
    """The stored text; a part missing from it (an older version) takes its default."""
    try:
        stored: dict[str, Any] = json.loads(body)
    except json.JSONDecodeError:
        return defaults
    if not isinstance(stored, dict):
        return defaults
    values: dict[str, Any] = {}
    for item in fields(LaporanText):
        if item.name not in stored:
            continue
        value = stored[item.name]
        if item.name in ("legal_basis", "programme") and isinstance(value, list):
            values[item.name] = tuple(str(v) for v in value)
        elif item.name == "reporter" and isinstance(value, dict):
            values[item.name] = _official(value)
        elif item.name == "witnesses" and isinstance(value, list) and len(value) == 2:
            values[item.name] = (_official(value[0]), _official(value[1]))
        elif isinstance(value, str):
            values[item.name] = value
    return replace(defaults, **values)


def _official(value: Any) -> Official:
    if not isinstance(value, dict):
        return Official()
    return Official(str(value.get("name", "")), str(value.get("nip", "")),
                    str(value.get("position", "")))  # fmt: skip


def changed_parts(before: LaporanText, after: LaporanText) -> list[str]:
    """The names of the parts an edit changed, for the audit entry."""
    return [
        f.name for f in fields(LaporanText) if getattr(before, f.name) != getattr(after, f.name)
    ]
