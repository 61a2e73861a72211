"""Words the UI shows for the core's stable codes, in the UI's language.

The core keeps its own Indonesian labels for documents, files and the command line;
the UI maps the codes to translatable text here, so every screen says them alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.attendance_labels import Mark
from app.core.events import EventKind
from app.core.nip import EmploymentStatus
from app.core.pakta import SignerRole
from app.core.report_data import AbsenceReason
from app.core.roster import RosterField

translate = QCoreApplication.translate  # the name Qt's lupdate looks for


def event_kind_label(kind: EventKind) -> str:
    return {
        EventKind.APEL: translate("Labels", "Apel"),
        EventKind.DEKLARASI: translate("Labels", "Deklarasi"),
        EventKind.SOSIALISASI: translate("Labels", "Sosialisasi"),
    }[kind]


def status_label(status: EmploymentStatus) -> str:
    return {
        EmploymentStatus.PNS: translate("Labels", "PNS"),
        EmploymentStatus.PPPK: translate("Labels", "PPPK"),
        EmploymentStatus.NON_ASN: translate("Labels", "NON ASN"),
    }[status]


def roster_field_label(field: RosterField) -> str:
    return {
        RosterField.NIP: translate("Labels", "NIP"),
        RosterField.NIK: translate("Labels", "NIK"),
        RosterField.NAME: translate("Labels", "Nama"),
        RosterField.FRONT_TITLE: translate("Labels", "Gelar depan"),
        RosterField.BACK_TITLE: translate("Labels", "Gelar belakang"),
        RosterField.POSITION: translate("Labels", "Jabatan"),
        RosterField.UNIT: translate("Labels", "Unit kerja"),
        RosterField.OPD: translate("Labels", "OPD / satuan kerja"),
        RosterField.STATUS: translate("Labels", "Status"),
        RosterField.GRADE: translate("Labels", "Golongan"),
        RosterField.GENDER: translate("Labels", "Jenis kelamin"),
    }[field]


def role_label(role: SignerRole) -> str:
    return {
        SignerRole.KEPALA_DAERAH: translate("Labels", "Kepala Daerah"),
        SignerRole.WAKIL_KEPALA_DAERAH: translate("Labels", "Wakil Kepala Daerah"),
        SignerRole.SEKDA: translate("Labels", "Sekretaris Daerah"),
        SignerRole.ASISTEN: translate("Labels", "Asisten"),
        SignerRole.KEPALA_OPD: translate("Labels", "Kepala OPD"),
        SignerRole.CAMAT: translate("Labels", "Camat"),
        SignerRole.KEPALA_DESA: translate("Labels", "Kepala Desa / Lurah"),
        SignerRole.LAINNYA: translate("Labels", "Pejabat lain"),
    }[role]


def mark_label(mark: Mark) -> str:
    """The words of ``app.core.attendance_labels.MARK_LABELS``, in the UI's language."""
    return {
        Mark.PRESENT: translate("Labels", "Hadir"),
        Mark.ABSENT: translate("Labels", "Tidak hadir"),
        Mark.LATE: translate("Labels", "Terlambat"),
        Mark.MANUAL: translate("Labels", "Manual"),
        Mark.GUEST: translate("Labels", "Tamu"),
        Mark.DARING: translate("Labels", "Daring"),
        Mark.IZIN: translate("Labels", "Izin"),
        Mark.SAKIT: translate("Labels", "Sakit"),
        Mark.CUTI: translate("Labels", "Cuti"),
        Mark.DINAS_LUAR: translate("Labels", "Dinas luar"),
        Mark.TANPA_KETERANGAN: translate("Labels", "Tanpa keterangan"),
        Mark.NO_REASON: translate("Labels", "Alasan belum dicatat"),
    }[mark]


def absence_reason_label(reason: AbsenceReason) -> str:
    return mark_label(Mark(reason.value))


def theme_preset_label(name: str) -> str:
    """The core names its presets in Indonesian; unknown names are shown as they are."""
    return {
        "Hijau pemerintahan": translate("Labels", "Hijau pemerintahan"),
        "Biru malam": translate("Labels", "Biru malam"),
        "Merah putih": translate("Labels", "Merah putih"),
        "Hitam": translate("Labels", "Hitam"),
        "Putih (ruang terang)": translate("Labels", "Putih (ruang terang)"),
    }.get(name, name)
