"""Refusals as stable codes with parameters, and the Indonesian each one reads as.

The core, the services and the command line speak Indonesian: a ``Refused`` is the
Indonesian sentence itself (a ``str``), so it goes wherever a message went before. It also
keeps its code and parameters, so the UI can say it again in its own language
(``app.ui.refusals``) from the English of ``resources/i18n/netra_en.ts``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt's lupdate, which collects it for the translators; the core
    itself only ever speaks Indonesian."""
    return text


class Refusal(StrEnum):
    EVENT_NOT_FOUND = "event_not_found"
    EVENT_MISSING = "event_missing"
    NOT_ON_ROSTER = "not_on_roster"
    NOTE_TOO_LONG = "note_too_long"
    ALREADY_PRESENT = "already_present"
    REASON_UNKNOWN = "reason_unknown"
    NUMBER_LOST_DIGITS = "number_lost_digits"
    SAME_PERSON_TWICE = "same_person_twice"
    NO_ROWS = "no_rows"
    NOT_A_MEETING_REPORT = "not_a_meeting_report"
    NAME_EMPTY = "name_empty"
    TIME_UNKNOWN = "time_unknown"
    NOT_EVENT_DAY = "not_event_day"
    NO_PARTICIPANTS = "no_participants"
    COLUMNS_NOT_FOUND = "columns_not_found"
    EVENT_TITLE_REQUIRED = "event_title_required"
    EVENT_TITLE_TOO_LONG = "event_title_too_long"
    LATE_BEFORE_START = "late_before_start"
    VENUE_REQUIRED = "venue_required"
    ORGANISER_REQUIRED = "organiser_required"
    KOP_TOO_LONG = "kop_too_long"
    LOGO_NOT_IMAGE = "logo_not_image"
    PRESIDING_NAME_REQUIRED = "presiding_name_required"
    NIP_LENGTH = "nip_length"
    NIP_DIGITS = "nip_digits"
    NIP_BIRTH_DATE = "nip_birth_date"
    NIP_GENDER_DIGIT = "nip_gender_digit"
    NIP_TMT_MONTH = "nip_tmt_month"
    NIP_TMT_TOO_EARLY = "nip_tmt_too_early"
    NIP_TMT_FUTURE = "nip_tmt_future"
    NIK_LENGTH = "nik_length"
    SCRIPT_TITLE_REQUIRED = "script_title_required"
    SCRIPT_TITLE_TOO_LONG = "script_title_too_long"
    OPENING_TOO_LONG = "opening_too_long"
    POINTS_REQUIRED = "points_required"
    TOO_MANY_POINTS = "too_many_points"
    POINT_TOO_LONG = "point_too_long"
    CLOSING_TOO_LONG = "closing_too_long"
    GUEST_NAME_REQUIRED = "guest_name_required"
    GUEST_ID_REQUIRED = "guest_id_required"
    GUEST_ID_FORM = "guest_id_form"
    REASON_REQUIRED = "reason_required"
    TEXT_TOO_LONG = "text_too_long"
    REMOVED_FROM_ROSTER = "removed_from_roster"
    COLOUR_FORM = "colour_form"
    LOW_CONTRAST = "low_contrast"
    FONT_UNKNOWN = "font_unknown"
    BACKGROUND_NOT_IMAGE = "background_not_image"
    PAKTA_EMPTY = "pakta_empty"
    PLACEHOLDER_UNKNOWN = "placeholder_unknown"
    PAKTA_NEEDS_NAME = "pakta_needs_name"
    SIGNING_PLACE_REQUIRED = "signing_place_required"
    NAME_COLUMN_MISSING = "name_column_missing"
    ID_COLUMN_MISSING = "id_column_missing"
    NO_DATA_ROWS = "no_data_rows"
    ID_TWICE = "id_twice"
    STATUS_UNKNOWN = "status_unknown"
    NON_ASN_NEEDS_ID = "non_asn_needs_id"
    EMPLOYEE_NUMBER_CHARACTERS = "employee_number_characters"
    EMPLOYEE_NUMBER_TOO_LONG = "employee_number_too_long"
    NIP_REQUIRED = "nip_required"
    NAME_REQUIRED = "name_required"
    GENDER_UNKNOWN = "gender_unknown"
    EXCEL_ROUNDED = "excel_rounded"
    EXCEL_SCIENTIFIC = "excel_scientific"
    EXCEL_TRAILING_ZEROS = "excel_trailing_zeros"
    PERSON_OR_EVENT_NOT_FOUND = "person_or_event_not_found"
    NUMBER_OF_EMPLOYEE = "number_of_employee"
    CANCEL_REASON_REQUIRED = "cancel_reason_required"
    NOT_CHECKED_IN = "not_checked_in"
    PERSON_GONE = "person_gone"
    UNIT_NOT_IN_EVENT = "unit_not_in_event"
    UNIT_NOT_ON_BADGE_EVENT = "unit_not_on_badge_event"
    NO_ACTIVE_PEOPLE = "no_active_people"
    EXPORT_SUFFIX = "export_suffix"
    CANNOT_WRITE = "cannot_write"
    SHIPPED_SCRIPT = "shipped_script"
    SCRIPT_NOT_FOUND = "script_not_found"
    FINGERPRINT_MISMATCH = "fingerprint_mismatch"
    STATION_NOT_ASKED = "station_not_asked"
    PIN_DIGITS = "pin_digits"
    PIN_LENGTH = "pin_length"
    RECOVERY_NEEDS_PRIVATE_KEY = "recovery_needs_private_key"
    RECOVERY_CODE_WRONG = "recovery_code_wrong"
    PUBLIC_KEY_ONLY = "public_key_only"
    NUMBER_NOT_CARRIED = "number_not_carried"
    RETIRED_KEY = "retired_key"
    ONLINE_ONLY = "online_only"
    CANCEL_ONLINE_ONLY = "cancel_online_only"
    SERVER_NOT_ANSWERING = "server_not_answering"
    EMPLOYEE_NOT_LISTED = "employee_not_listed"
    ALREADY_A_SIGNER = "already_a_signer"
    SIGNER_HAS_SIGNED = "signer_has_signed"
    NOT_A_SIGNER = "not_a_signer"
    NO_SIGNED_PAKTA = "no_signed_pakta"
    FILE_NOT_WRITABLE = "file_not_writable"
    FILE_NOT_READABLE = "file_not_readable"
    NOT_A_READABLE_PDF = "not_a_readable_pdf"
    PDF_TOO_LARGE = "pdf_too_large"
    NO_EMPLOYEES = "no_employees"
    NO_EMPLOYEES_IN_UNIT = "no_employees_in_unit"
    FILE_NOT_FOUND = "file_not_found"
    NO_PDF_OR_IMAGE = "no_pdf_or_image"
    NO_SCANNED_SHEETS = "no_scanned_sheets"
    FOLDER_NOT_CREATABLE = "folder_not_creatable"
    NO_SIGNATURE = "no_signature"
    SIGNATURE_TOO_SMALL = "signature_too_small"
    SIGNATURE_ONLY_A_LINE = "signature_only_a_line"
    GATE_ALREADY_CLOSED = "gate_already_closed"
    GATE_NOT_CLOSED = "gate_not_closed"
    REOPEN_REASON_REQUIRED = "reopen_reason_required"
    JOINED_AFTER_CLOSE = "joined_after_close"
    JOINED_BEFORE_START = "joined_before_start"
    JOINED_AFTER_END = "joined_after_end"
    LEFT_BEFORE_JOIN = "left_before_join"
    NIP_OF_ANOTHER = "nip_of_another"
    MOMENT_NAME_MISSING = "moment_name_missing"
    MOMENT_NAME_TOO_LONG = "moment_name_too_long"
    MOMENT_NAME_TWICE = "moment_name_twice"
    MOMENT_WINDOW_EMPTY = "moment_window_empty"
    MOMENT_LATE_OUTSIDE = "moment_late_outside"
    MOMENTS_OVERLAP = "moments_overlap"
    TOO_MANY_MOMENTS = "too_many_moments"
    NO_MOMENT_LEFT = "no_moment_left"
    MOMENT_IN_USE = "moment_in_use"
    STATION_FILE_TOO_BIG = "station_file_too_big"
    NOT_STATION_FILE = "not_station_file"
    STATION_FILE_UNREADABLE = "station_file_unreadable"
    STATION_FILE_NOT_JSON = "station_file_not_json"
    STATION_FILE_FORMAT = "station_file_format"
    STATION_FILE_NEWER = "station_file_newer"
    STATION_FILE_BEFORE_SEALS = "station_file_before_seals"
    STATION_FILE_CHECKSUM = "station_file_checksum"
    STATION_FILE_INVALID = "station_file_invalid"
    STATION_FILE_UNSIGNED = "station_file_unsigned"
    STATION_FILE_UNKNOWN_STATION = "station_file_unknown_station"
    STATION_FILE_ALTERED = "station_file_altered"
    STATION_FILE_OTHER_EVENT = "station_file_other_event"
    SEAL_MISSING = "seal_missing"
    SEAL_UNKNOWN_STATION = "seal_unknown_station"
    SEAL_MISMATCH = "seal_mismatch"
    STATION_NOT_APPROVED = "station_not_approved"
    STATION_KEY_INVALID = "station_key_invalid"
    CHECKIN_SEAL_PROBLEM = "checkin_seal_problem"
    SCAN_SEAL_PROBLEM = "scan_seal_problem"
    LIST_TOO_LONG = "list_too_long"
    WITNESS_NAME_MISSING = "witness_name_missing"
    NO_PHOTOS_FOUND = "no_photos_found"
    PHOTO_ALREADY_ADDED = "photo_already_added"
    TOO_MANY_PHOTOS = "too_many_photos"
    CAPTION_TOO_LONG = "caption_too_long"
    PHOTO_MISSING = "photo_missing"
    PHOTO_NOT_WRITTEN = "photo_not_written"
    PHOTO_FILE_MISSING = "photo_file_missing"
    PHOTO_TOO_LARGE = "photo_too_large"
    NOT_AN_IMAGE = "not_an_image"
    IMAGE_TRUNCATED = "image_truncated"
    TOO_MANY_PIXELS = "too_many_pixels"
    PAGE_RECORDED = "page_recorded"
    PAGE_REPLACED = "page_replaced"
    PAGE_ALREADY_RECORDED = "page_already_recorded"
    PAGE_DUPLICATE = "page_duplicate"
    PAGE_UNREADABLE = "page_unreadable"
    PAGE_FORGED = "page_forged"
    PAGE_OTHER_EVENT = "page_other_event"
    PAGE_OLD_VERSION = "page_old_version"
    PAGE_NOT_EXPECTED = "page_not_expected"
    PAGE_COVER = "page_cover"
    BOX_SIGNED = "box_signed"
    BOX_EMPTY = "box_empty"
    BOX_STRAY_MARK = "box_stray_mark"
    IMAGE_NOT_OPENED = "image_not_opened"
    QR_NOT_A_SHEET = "qr_not_a_sheet"
    SHEET_OF_EVENT = "sheet_of_event"
    SAME_AS_PAGE = "same_as_page"
    PAGE_NUMBER = "page_number"
    PAGE_OF_FILE = "page_of_file"
    PDF_UNREADABLE_PAGE = "pdf_unreadable_page"
    SHEET_NOT_FOUND = "sheet_not_found"
    SHEET_NOT_A_FILE = "sheet_not_a_file"
    SHEET_OVER_SIZE = "sheet_over_size"
    SHEET_EMPTY = "sheet_empty"
    NOT_EXCEL = "not_excel"
    SHEET_UNSUPPORTED = "sheet_unsupported"
    UTF16_BROKEN = "utf16_broken"
    NOT_CSV_TEXT = "not_csv_text"
    UTF8_BROKEN = "utf8_broken"
    NOT_UTF8_OR_CP1252 = "not_utf8_or_cp1252"
    CSV_CELL_TOO_LONG = "csv_cell_too_long"
    CSV_QUOTE_OPEN = "csv_quote_open"
    CSV_QUOTE_UNPAIRED = "csv_quote_unpaired"
    SHEET_TOO_LARGE = "sheet_too_large"
    ROW_TOO_WIDE = "row_too_wide"
    ROW_CELL_TOO_LONG = "row_cell_too_long"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_CELLS = "too_many_cells"
    PART_TOO_LARGE = "part_too_large"
    PART_OVER_LIMIT = "part_over_limit"
    CELL_TOO_LONG = "cell_too_long"
    TOO_MANY_SHARED_STRINGS = "too_many_shared_strings"
    COLUMN_OVER_LIMIT = "column_over_limit"
    NO_WORKSHEETS = "no_worksheets"
    EXCEL_DAMAGED = "excel_damaged"
    PHOTO_OVER_20MB = "photo_over_20mb"
    PHOTO_NOT_IMAGE = "photo_not_image"
    CAMERA_NOT_OPENED = "camera_not_opened"
    CAMERA_NO_PICTURE = "camera_no_picture"
    CAMERA_LOST = "camera_lost"
    DURATION_HOURS = "duration_hours"
    DURATION_MINUTES = "duration_minutes"
    DURATION_SECONDS = "duration_seconds"
    WORDS_JOINED = "words_joined"
    THIS_LAPTOP = "this_laptop"
    THE_SERVER = "the_server"
    CLOCK_SAME = "clock_same"
    CLOCK_SLOWER = "clock_slower"
    CLOCK_FASTER = "clock_faster"
    TIME_AGO = "time_ago"
    EXPORT_CLOCK_AGREES = "export_clock_agrees"
    EXPORT_CLOCK_MEASURED = "export_clock_measured"
    EXPORT_CLOCK_AHEAD = "export_clock_ahead"
    EXPORT_CLOCK_TOO_OLD = "export_clock_too_old"
    SKEWED_NOT_CORRECTED = "skewed_not_corrected"
    CONFLICT_AFTER_CLOSE = "conflict_after_close"
    CONFLICT_NO_SUCH_MOMENT = "conflict_no_such_moment"
    CONFLICT_NOT_ON_ROSTER = "conflict_not_on_roster"
    RECORDED_AT = "recorded_at"
    RECORDED_AT_MOMENT = "recorded_at_moment"
    CONFLICT_CORRECTED = "conflict_corrected"
    CONFLICT_KEPT_PROBLEM = "conflict_kept_problem"
    CONFLICT_SKIPPED = "conflict_skipped"
    CONFLICT_KEPT = "conflict_kept"
    MERGE_COUNTS = "merge_counts"
    MERGE_CORRECTED = "merge_corrected"
    NUMBER_USED_BY = "number_used_by"
    PERSON_NUMBER = "person_number"
    DB_UNREACHABLE = "db_unreachable"
    DB_PROBLEM = "db_problem"
    SCHEMA_CURRENT = "schema_current"
    SCHEMA_EMPTY = "schema_empty"
    SCHEMA_UPGRADE = "schema_upgrade"
    DB_SUMMARY = "db_summary"
    SCHEMA_TOO_NEW = "schema_too_new"
    JOURNAL_MERGED = "journal_merged"
    JOURNAL_NO_LINES = "journal_no_lines"
    JOURNAL_RECORDED = "journal_recorded"
    JOURNAL_LATE = "journal_late"
    JOURNAL_DUPLICATE = "journal_duplicate"
    JOURNAL_REFUSED = "journal_refused"
    LIST_JOINED = "list_joined"
    JOURNAL_LINE_REFUSED = "journal_line_refused"
    JOURNAL_LINE_INCOMPLETE = "journal_line_incomplete"
    JOURNAL_LINE_INVALID = "journal_line_invalid"
    JOURNAL_UNREADABLE = "journal_unreadable"
    JOURNAL_NOT_A_LINE = "journal_not_a_line"
    DB_GONE_WHY = "db_gone_why"
    DB_RESTORED_WHY = "db_restored_why"
    DB_GONE = "db_gone"
    DB_GONE_SHORT = "db_gone_short"
    DB_RESTORED_SHORT = "db_restored_short"
    DB_DAMAGED = "db_damaged"
    DISK_FULL = "disk_full"
    DISK_FULL_SHORT = "disk_full_short"
    KEPT_IN_JOURNAL = "kept_in_journal"
    BACKUP_FILE_MISSING = "backup_file_missing"
    BACKUP_NOT_SQLITE = "backup_not_sqlite"
    BACKUP_NOT_NETRA = "backup_not_netra"
    BACKUP_DAMAGED = "backup_damaged"
    BACKUP_TOO_NEW = "backup_too_new"
    BACKUP_ON_SERVER = "backup_on_server"
    RESTORE_ON_SERVER = "restore_on_server"
    BACKUP_NOT_WRITTEN = "backup_not_written"


# Each sentence follows a field name ("judul: ..."), so most begin in lowercase.
# fmt: off
INDONESIAN: Mapping[Refusal, str] = {
    Refusal.EVENT_NOT_FOUND: QT_TRANSLATE_NOOP("Refusal", "acara nomor {event} tidak ditemukan"),
    Refusal.EVENT_MISSING: QT_TRANSLATE_NOOP("Refusal", "acara tidak ditemukan"),
    Refusal.NOT_ON_ROSTER: QT_TRANSLATE_NOOP(
        "Refusal",
        "'{number}' tidak ada di daftar peserta acara ini",
    ),
    Refusal.NOTE_TOO_LONG: QT_TRANSLATE_NOOP("Refusal", "catatan paling panjang {max} karakter"),
    Refusal.ALREADY_PRESENT: QT_TRANSLATE_NOOP("Refusal", "{person} sudah tercatat hadir"),
    Refusal.REASON_UNKNOWN: QT_TRANSLATE_NOOP(
        "Refusal",
        "alasan '{reason}' tidak dikenal; pilih salah satu: {choices}",
    ),
    Refusal.NUMBER_LOST_DIGITS: QT_TRANSLATE_NOOP(
        "Refusal",
        "'{number}' ditulis sebagai angka dan kehilangan digit; format kolom ini "
        "sebagai teks",
    ),
    Refusal.SAME_PERSON_TWICE: QT_TRANSLATE_NOOP(
        "Refusal",
        "orang yang sama sudah ada di baris {first}",
    ),
    Refusal.NO_ROWS: QT_TRANSLATE_NOOP("Refusal", "berkas tidak berisi satu baris pun"),
    Refusal.NOT_A_MEETING_REPORT: QT_TRANSLATE_NOOP(
        "Refusal",
        "bukan laporan peserta Zoom atau Google Meet: kolom 'Name (Original Name)' / "
        "'First name' dan 'Join Time' / 'Time joined' tidak ditemukan",
    ),
    Refusal.NAME_EMPTY: QT_TRANSLATE_NOOP("Refusal", "nama kosong"),
    Refusal.TIME_UNKNOWN: QT_TRANSLATE_NOOP("Refusal", "'{text}' bukan waktu yang dikenali"),
    Refusal.NOT_EVENT_DAY: QT_TRANSLATE_NOOP("Refusal", "tanggal {date} bukan hari acara ({day})"),
    Refusal.NO_PARTICIPANTS: QT_TRANSLATE_NOOP("Refusal", "berkas tidak berisi satu peserta pun"),
    Refusal.COLUMNS_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Refusal",
        "kolom {wanted} tidak ditemukan di {rows} baris pertama",
    ),
    Refusal.EVENT_TITLE_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "judul acara wajib diisi"),
    Refusal.EVENT_TITLE_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "judul acara paling panjang {max} karakter",
    ),
    Refusal.LATE_BEFORE_START: QT_TRANSLATE_NOOP(
        "Refusal",
        "batas terlambat tidak boleh sebelum jam mulai",
    ),
    Refusal.VENUE_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "tempat acara wajib diisi"),
    Refusal.ORGANISER_REQUIRED: QT_TRANSLATE_NOOP(
        "Refusal",
        "nama instansi penyelenggara wajib diisi",
    ),
    Refusal.KOP_TOO_LONG: QT_TRANSLATE_NOOP("Refusal", "kop surat paling banyak {max} baris"),
    Refusal.LOGO_NOT_IMAGE: QT_TRANSLATE_NOOP("Refusal", "logo harus berkas gambar PNG atau JPEG"),
    Refusal.PRESIDING_NAME_REQUIRED: QT_TRANSLATE_NOOP(
        "Refusal",
        "nama pimpinan wajib diisi bila NIP diisi",
    ),
    Refusal.NIP_LENGTH: QT_TRANSLATE_NOOP(
        "Refusal",
        "NIP harus 18 angka, tertulis {length} karakter",
    ),
    Refusal.NIP_DIGITS: QT_TRANSLATE_NOOP("Refusal", "NIP hanya boleh berisi angka"),
    Refusal.NIP_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "Refusal",
        "tanggal lahir pada NIP ({birth}) bukan tanggal yang ada",
    ),
    Refusal.NIP_GENDER_DIGIT: QT_TRANSLATE_NOOP(
        "Refusal",
        "digit jenis kelamin pada NIP harus 1 atau 2, tertulis {digit}",
    ),
    Refusal.NIP_TMT_MONTH: QT_TRANSLATE_NOOP(
        "Refusal",
        "bulan TMT pada NIP ({month}) harus 01 sampai 12",
    ),
    Refusal.NIP_TMT_TOO_EARLY: QT_TRANSLATE_NOOP(
        "Refusal",
        "TMT pada NIP lebih awal dari usia 18 tahun",
    ),
    Refusal.NIP_TMT_FUTURE: QT_TRANSLATE_NOOP("Refusal", "tahun TMT pada NIP ({year}) belum tiba"),
    Refusal.NIK_LENGTH: QT_TRANSLATE_NOOP("Refusal", "NIK harus 16 angka"),
    Refusal.SCRIPT_TITLE_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "judul naskah wajib diisi"),
    Refusal.SCRIPT_TITLE_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "judul naskah paling panjang {max} karakter",
    ),
    Refusal.OPENING_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "kalimat pembuka paling panjang {max} karakter",
    ),
    Refusal.POINTS_REQUIRED: QT_TRANSLATE_NOOP(
        "Refusal",
        "naskah harus berisi paling sedikit satu butir",
    ),
    Refusal.TOO_MANY_POINTS: QT_TRANSLATE_NOOP("Refusal", "naskah paling banyak {max} butir"),
    Refusal.POINT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "butir {number} paling panjang {max} karakter",
    ),
    Refusal.CLOSING_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "kalimat penutup paling panjang {max} karakter",
    ),
    Refusal.GUEST_NAME_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "nama tamu wajib diisi"),
    Refusal.GUEST_ID_REQUIRED: QT_TRANSLATE_NOOP(
        "Refusal",
        "nomor identitas (NIP, NIK atau lainnya) wajib diisi",
    ),
    Refusal.GUEST_ID_FORM: QT_TRANSLATE_NOOP(
        "Refusal",
        "nomor identitas: huruf/angka, paling panjang {max}",
    ),
    Refusal.REASON_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "alasan wajib diisi"),
    Refusal.TEXT_TOO_LONG: QT_TRANSLATE_NOOP("Refusal", "paling panjang {max} karakter"),
    Refusal.REMOVED_FROM_ROSTER: QT_TRANSLATE_NOOP(
        "Refusal",
        "{person} ({number}) sudah dikeluarkan dari daftar pegawai (nonaktif), jadi "
        "tidak dapat dicatat hadir",
    ),
    Refusal.COLOUR_FORM: QT_TRANSLATE_NOOP("Refusal", "warna {name} harus ditulis #RRGGBB"),
    Refusal.LOW_CONTRAST: QT_TRANSLATE_NOOP(
        "Refusal",
        "warna {name} kurang kontras dengan latar ({ratio}:1, minimal {minimum}:1)",
    ),
    Refusal.FONT_UNKNOWN: QT_TRANSLATE_NOOP("Refusal", "huruf harus salah satu dari: {fonts}"),
    Refusal.BACKGROUND_NOT_IMAGE: QT_TRANSLATE_NOOP(
        "Refusal",
        "gambar latar harus berkas PNG atau JPEG",
    ),
    Refusal.PAKTA_EMPTY: QT_TRANSLATE_NOOP("Refusal", "teks pakta tidak boleh kosong"),
    Refusal.PLACEHOLDER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Refusal",
        "isian {{{name}}} tidak dikenal; yang dikenal: {known}",
    ),
    Refusal.PAKTA_NEEDS_NAME: QT_TRANSLATE_NOOP("Refusal", "templat harus memuat {{nama}}"),
    Refusal.SIGNING_PLACE_REQUIRED: QT_TRANSLATE_NOOP(
        "Refusal",
        "tempat penandatanganan wajib diisi",
    ),
    Refusal.NAME_COLUMN_MISSING: QT_TRANSLATE_NOOP(
        "Refusal",
        "kolom NAMA tidak ditemukan; tentukan kolom nama",
    ),
    Refusal.ID_COLUMN_MISSING: QT_TRANSLATE_NOOP("Refusal", "kolom NIP atau NIK tidak ditemukan"),
    Refusal.NO_DATA_ROWS: QT_TRANSLATE_NOOP("Refusal", "tidak ada baris data di bawah judul kolom"),
    Refusal.ID_TWICE: QT_TRANSLATE_NOOP("Refusal", "{number} sudah tertulis di baris {first}"),
    Refusal.STATUS_UNKNOWN: QT_TRANSLATE_NOOP(
        "Refusal",
        "status '{status}' tidak dikenal; gunakan PNS, PPPK atau NON ASN",
    ),
    Refusal.NON_ASN_NEEDS_ID: QT_TRANSLATE_NOOP(
        "Refusal",
        "pegawai NON ASN memerlukan NIK (16 angka) atau nomor pegawai",
    ),
    Refusal.EMPLOYEE_NUMBER_CHARACTERS: QT_TRANSLATE_NOOP(
        "Refusal",
        "nomor pegawai hanya boleh berisi huruf dan angka",
    ),
    Refusal.EMPLOYEE_NUMBER_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "nomor pegawai paling panjang {max} karakter",
    ),
    Refusal.NIP_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "NIP wajib diisi untuk {status}"),
    Refusal.NAME_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "nama wajib diisi"),
    Refusal.GENDER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Refusal",
        "jenis kelamin '{gender}' tidak dikenal; isi L atau P",
    ),
    Refusal.EXCEL_ROUNDED: QT_TRANSLATE_NOOP(
        "Refusal",
        "angka {shown} telah dibulatkan Excel (digit terakhir hilang); format kolom "
        "sebagai Teks, ketik ulang nomornya, lalu impor lagi",
    ),
    Refusal.EXCEL_SCIENTIFIC: QT_TRANSLATE_NOOP(
        "Refusal",
        "{text} adalah angka yang dibulatkan Excel; format kolom sebagai Teks, ketik "
        "ulang nomornya, lalu impor lagi",
    ),
    Refusal.EXCEL_TRAILING_ZEROS: QT_TRANSLATE_NOOP(
        "Refusal",
        "{text} berakhiran 000: kemungkinan dibulatkan Excel; format kolom sebagai "
        "Teks, ketik ulang nomornya, lalu impor lagi",
    ),
    Refusal.PERSON_OR_EVENT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Refusal",
        "peserta atau acara tidak ditemukan",
    ),
    Refusal.NUMBER_OF_EMPLOYEE: QT_TRANSLATE_NOOP(
        "Refusal",
        "nomor ini milik {person} di daftar pegawai; cari namanya di Lupa kartu",
    ),
    Refusal.CANCEL_REASON_REQUIRED: QT_TRANSLATE_NOOP("Refusal", "alasan pembatalan wajib diisi"),
    Refusal.NOT_CHECKED_IN: QT_TRANSLATE_NOOP("Refusal", "orang ini belum tercatat hadir"),
    Refusal.PERSON_GONE: QT_TRANSLATE_NOOP("Refusal", "orang ini tidak ditemukan lagi"),
    Refusal.UNIT_NOT_IN_EVENT: QT_TRANSLATE_NOOP(
        "Refusal",
        "unit kerja '{unit}' tidak ada di acara ini",
    ),
    Refusal.UNIT_NOT_ON_BADGE_EVENT: QT_TRANSLATE_NOOP(
        "Refusal",
        "unit '{unit}' tidak ada pada acara ini; unit yang ada: {units}",
    ),
    Refusal.NO_ACTIVE_PEOPLE: QT_TRANSLATE_NOOP(
        "Refusal",
        "acara ini belum memiliki peserta aktif",
    ),
    Refusal.EXPORT_SUFFIX: QT_TRANSLATE_NOOP("Refusal", "{file}: akhiran harus .xlsx atau .csv"),
    Refusal.CANNOT_WRITE: QT_TRANSLATE_NOOP("Refusal", "{path} tidak dapat ditulis: {reason}"),
    Refusal.SHIPPED_SCRIPT: QT_TRANSLATE_NOOP("Refusal", "naskah bawaan harus diduplikat dulu"),
    Refusal.SCRIPT_NOT_FOUND: QT_TRANSLATE_NOOP("Refusal", "naskah nomor {script} tidak ditemukan"),
    Refusal.FINGERPRINT_MISMATCH: QT_TRANSLATE_NOOP("Refusal", "sidik jari tidak cocok"),
    Refusal.STATION_NOT_ASKED: QT_TRANSLATE_NOOP(
        "Refusal",
        "stasiun {fingerprint} belum meminta pendaftaran di basis data ini",
    ),
    Refusal.PIN_DIGITS: QT_TRANSLATE_NOOP("Refusal", "PIN hanya boleh berisi angka"),
    Refusal.PIN_LENGTH: QT_TRANSLATE_NOOP("Refusal", "PIN harus {min} sampai {max} angka"),
    Refusal.RECOVERY_NEEDS_PRIVATE_KEY: QT_TRANSLATE_NOOP(
        "Refusal",
        "kode pemulihan hanya dapat dibuat di stasiun BKD yang memegang kunci privat "
        "instansi",
    ),
    Refusal.RECOVERY_CODE_WRONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "kode pemulihan tidak cocok dengan permintaan stasiun ini atau tidak "
        "ditandatangani dengan kunci instansi",
    ),
    Refusal.PUBLIC_KEY_ONLY: QT_TRANSLATE_NOOP(
        "Refusal",
        "stasiun ini hanya memegang kunci publik instansi: kartu dapat diperiksa tetapi "
        "tidak dapat dibuat di sini; cetak kartu di stasiun yang memegang kunci privat",
    ),
    Refusal.NUMBER_NOT_CARRIED: QT_TRANSLATE_NOOP(
        "Refusal",
        "nomor {number} milik {person} berisi karakter selain huruf dan angka biasa; "
        "impor ulang daftar pegawai untuk memperbaikinya",
    ),
    Refusal.RETIRED_KEY: QT_TRANSLATE_NOOP(
        "Refusal",
        "kunci ini pernah dipercaya lalu diganti; kunci yang sudah diganti tidak "
        "dipasang lagi",
    ),
    Refusal.ONLINE_ONLY: QT_TRANSLATE_NOOP(
        "Refusal",
        "tidak dapat dicatat saat server terputus; pakai kartu atau Lupa kartu",
    ),
    Refusal.CANCEL_ONLINE_ONLY: QT_TRANSLATE_NOOP(
        "Refusal",
        "Pembatalan perlu server; tunggu sampai terhubung lagi.",
    ),
    Refusal.SERVER_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Refusal",
        "server tidak menjawab; belum dicatat, coba lagi",
    ),
    Refusal.EMPLOYEE_NOT_LISTED: QT_TRANSLATE_NOOP(
        "Refusal",
        "pegawai nomor {person} tidak ada di daftar",
    ),
    Refusal.ALREADY_A_SIGNER: QT_TRANSLATE_NOOP(
        "Refusal",
        "pegawai ini sudah ditandai sebagai penandatangan",
    ),
    Refusal.SIGNER_HAS_SIGNED: QT_TRANSLATE_NOOP(
        "Refusal",
        "pejabat ini sudah menandatangani pakta",
    ),
    Refusal.NOT_A_SIGNER: QT_TRANSLATE_NOOP("Refusal", "pegawai ini bukan penandatangan"),
    Refusal.NO_SIGNED_PAKTA: QT_TRANSLATE_NOOP(
        "Refusal",
        "belum ada pakta integritas yang ditandatangani",
    ),
    Refusal.FILE_NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{path}: tidak dapat ditulis ({reason})",
    ),
    Refusal.FILE_NOT_READABLE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{path}: tidak dapat dibaca ({reason})",
    ),
    Refusal.NOT_A_READABLE_PDF: QT_TRANSLATE_NOOP(
        "Refusal",
        "{path}: bukan berkas PDF yang dapat dibaca ({reason})",
    ),
    Refusal.PDF_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{path}: terlalu besar untuk sebuah PDF Netra",
    ),
    Refusal.NO_EMPLOYEES: QT_TRANSLATE_NOOP("Refusal", "tidak ada pegawai pada acara ini"),
    Refusal.NO_EMPLOYEES_IN_UNIT: QT_TRANSLATE_NOOP(
        "Refusal",
        "tidak ada pegawai di unit {unit} pada acara ini",
    ),
    Refusal.FILE_NOT_FOUND: QT_TRANSLATE_NOOP("Refusal", "{path}: tidak ditemukan"),
    Refusal.NO_PDF_OR_IMAGE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{path}: tidak ada berkas PDF atau gambar di dalamnya",
    ),
    Refusal.NO_SCANNED_SHEETS: QT_TRANSLATE_NOOP(
        "Refusal",
        "belum ada lembar pakta bertanda tangan yang dipindai",
    ),
    Refusal.FOLDER_NOT_CREATABLE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{path}: tidak dapat dibuat ({reason})",
    ),
    Refusal.NO_SIGNATURE: QT_TRANSLATE_NOOP(
        "Refusal",
        "belum ada tanda tangan: silakan tanda tangani di kotak",
    ),
    Refusal.SIGNATURE_TOO_SMALL: QT_TRANSLATE_NOOP(
        "Refusal",
        "tanda tangan terlalu kecil atau hanya titik: silakan tanda tangani lebih lengkap",
    ),
    Refusal.SIGNATURE_ONLY_A_LINE: QT_TRANSLATE_NOOP(
        "Refusal",
        "tanda tangan hanya berupa garis: silakan tanda tangani seperti biasa",
    ),
    Refusal.GATE_ALREADY_CLOSED: QT_TRANSLATE_NOOP(
        "Refusal",
        "gerbang acara ini sudah ditutup pukul {time}",
    ),
    Refusal.GATE_NOT_CLOSED: QT_TRANSLATE_NOOP("Refusal", "gerbang acara ini belum ditutup"),
    Refusal.REOPEN_REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "Refusal",
        "alasan membuka kembali wajib diisi",
    ),
    Refusal.JOINED_AFTER_CLOSE: QT_TRANSLATE_NOOP(
        "Refusal",
        "bergabung pukul {joined}, setelah gerbang acara ditutup pukul {closed}",
    ),
    Refusal.JOINED_BEFORE_START: QT_TRANSLATE_NOOP(
        "Refusal",
        "bergabung pukul {joined}, sebelum rapat dimulai pukul {start}",
    ),
    Refusal.JOINED_AFTER_END: QT_TRANSLATE_NOOP(
        "Refusal",
        "bergabung pukul {joined}, setelah rapat selesai pukul {end}",
    ),
    Refusal.LEFT_BEFORE_JOIN: QT_TRANSLATE_NOOP(
        "Refusal",
        "keluar pukul {left}, sebelum bergabung pukul {joined}",
    ),
    Refusal.NIP_OF_ANOTHER: QT_TRANSLATE_NOOP("Refusal", "NIP {nip} milik {owner}, bukan '{name}'"),
    Refusal.MOMENT_NAME_MISSING: QT_TRANSLATE_NOOP(
        "Refusal",
        "nama sesi ke-{row} wajib diisi",
    ),
    Refusal.MOMENT_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "nama sesi ke-{row} paling panjang {limit} karakter",
    ),
    Refusal.MOMENT_NAME_TWICE: QT_TRANSLATE_NOOP(
        "Refusal",
        "nama sesi “{name}” dipakai dua kali",
    ),
    Refusal.MOMENT_WINDOW_EMPTY: QT_TRANSLATE_NOOP(
        "Refusal",
        "sesi “{name}”: jam tutup harus setelah jam buka",
    ),
    Refusal.MOMENT_LATE_OUTSIDE: QT_TRANSLATE_NOOP(
        "Refusal",
        "sesi “{name}”: batas terlambat harus di antara jam buka dan jam tutup",
    ),
    Refusal.MOMENTS_OVERLAP: QT_TRANSLATE_NOOP(
        "Refusal",
        "sesi “{first}” dan “{second}” bertumpuk jamnya; geser jam buka atau tutup",
    ),
    Refusal.TOO_MANY_MOMENTS: QT_TRANSLATE_NOOP(
        "Refusal",
        "paling banyak {max} sesi",
    ),
    Refusal.NO_MOMENT_LEFT: QT_TRANSLATE_NOOP(
        "Refusal",
        "acara perlu setidaknya satu sesi",
    ),
    Refusal.MOMENT_IN_USE: QT_TRANSLATE_NOOP(
        "Refusal",
        "sesi nomor {number} sudah berisi {count} catatan hadir; sesi itu tidak dapat dihapus",
    ),
    Refusal.STATION_FILE_TOO_BIG: QT_TRANSLATE_NOOP(
        "Refusal",
        "terlalu besar untuk berkas rekaman stasiun",
    ),
    Refusal.NOT_STATION_FILE: QT_TRANSLATE_NOOP("Refusal", "bukan berkas rekaman stasiun Netra"),
    Refusal.STATION_FILE_UNREADABLE: QT_TRANSLATE_NOOP("Refusal", "tidak dapat dibaca ({why})"),
    Refusal.STATION_FILE_NOT_JSON: QT_TRANSLATE_NOOP(
        "Refusal",
        "bukan berkas rekaman stasiun Netra (isinya bukan JSON; mungkin terpotong)",
    ),
    Refusal.STATION_FILE_FORMAT: QT_TRANSLATE_NOOP(
        "Refusal",
        "bukan berkas rekaman stasiun Netra (buat dengan: netra station export)",
    ),
    Refusal.STATION_FILE_NEWER: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas versi {version} dibuat oleh Netra yang lebih baru; perbarui Netra di sini",
    ),
    Refusal.STATION_FILE_BEFORE_SEALS: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas dibuat sebelum tanda tangan stasiun; ekspor ulang dengan Netra versi ini",
    ),
    Refusal.STATION_FILE_CHECKSUM: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas rusak atau telah diubah (checksum SHA-256 tidak cocok)",
    ),
    Refusal.STATION_FILE_INVALID: QT_TRANSLATE_NOOP("Refusal", "isi berkas tidak sah: {detail}"),
    Refusal.STATION_FILE_UNSIGNED: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas tidak ditandatangani stasiun",
    ),
    Refusal.STATION_FILE_UNKNOWN_STATION: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas dari stasiun {station} (sidik jari {fingerprint}) yang belum terdaftar di "
        "sini; cocokkan sidik jari itu dengan yang tampil di stasiun tersebut, lalu: "
        "netra station approve --from BERKAS",
    ),
    Refusal.STATION_FILE_ALTERED: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas telah diubah setelah diekspor (tanda tangan stasiun tidak cocok)",
    ),
    Refusal.STATION_FILE_OTHER_EVENT: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas ini dari acara lain: “{title}” tanggal {day}, bukan “{event}” tanggal "
        "{event_day}",
    ),
    Refusal.SEAL_MISSING: QT_TRANSLATE_NOOP("Refusal", "tanpa tanda tangan stasiun"),
    Refusal.SEAL_UNKNOWN_STATION: QT_TRANSLATE_NOOP(
        "Refusal",
        "ditandatangani stasiun yang tidak terdaftar ({signer})",
    ),
    Refusal.SEAL_MISMATCH: QT_TRANSLATE_NOOP(
        "Refusal",
        "tanda tangan stasiun {station} ({signer}) tidak cocok dengan isinya",
    ),
    Refusal.STATION_NOT_APPROVED: QT_TRANSLATE_NOOP(
        "Refusal",
        "stasiun {station} ({fingerprint}) belum disetujui HR",
    ),
    Refusal.STATION_KEY_INVALID: QT_TRANSLATE_NOOP("Refusal", "kunci publik stasiun tidak sah"),
    Refusal.CHECKIN_SEAL_PROBLEM: QT_TRANSLATE_NOOP(
        "Refusal",
        "checkins[{index}] ({number}, {time}): {problem}",
    ),
    Refusal.SCAN_SEAL_PROBLEM: QT_TRANSLATE_NOOP(
        "Refusal",
        "scans[{index}] ({scanned}): {problem}",
    ),
    Refusal.LIST_TOO_LONG: QT_TRANSLATE_NOOP("Refusal", "paling banyak {limit} butir"),
    Refusal.WITNESS_NAME_MISSING: QT_TRANSLATE_NOOP(
        "Refusal",
        "nama saksi {number} wajib diisi bila NIP atau jabatannya diisi",
    ),
    Refusal.NO_PHOTOS_FOUND: QT_TRANSLATE_NOOP(
        "Refusal",
        "{folder}: tidak ada berkas JPEG atau PNG",
    ),
    Refusal.PHOTO_ALREADY_ADDED: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name}: foto yang sama sudah ada di laporan ini",
    ),
    Refusal.TOO_MANY_PHOTOS: QT_TRANSLATE_NOOP("Refusal", "paling banyak {limit} foto per acara"),
    Refusal.CAPTION_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "keterangan foto paling panjang {limit} karakter",
    ),
    Refusal.PHOTO_MISSING: QT_TRANSLATE_NOOP("Refusal", "foto nomor {photo_id} tidak ditemukan"),
    Refusal.PHOTO_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Refusal",
        "{path}: foto tidak dapat disimpan ({reason})",
    ),
    Refusal.PHOTO_FILE_MISSING: QT_TRANSLATE_NOOP(
        "Refusal",
        "foto {name} tidak ada lagi di {folder}",
    ),
    Refusal.PHOTO_TOO_LARGE: QT_TRANSLATE_NOOP("Refusal", "{name}: berkas lebih dari 40 MB"),
    Refusal.NOT_AN_IMAGE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name}: bukan gambar JPEG atau PNG yang dapat dibaca",
    ),
    Refusal.IMAGE_TRUNCATED: QT_TRANSLATE_NOOP("Refusal", "{name}: gambar terpotong atau rusak"),
    Refusal.TOO_MANY_PIXELS: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name}: gambar terlalu besar ({pixels} megapiksel, paling banyak 60)",
    ),
    Refusal.PAGE_RECORDED: QT_TRANSLATE_NOOP("Refusal", "tercatat"),
    Refusal.PAGE_REPLACED: QT_TRANSLATE_NOOP(
        "Refusal",
        "tercatat, menggantikan lembar kosong sebelumnya",
    ),
    Refusal.PAGE_ALREADY_RECORDED: QT_TRANSLATE_NOOP(
        "Refusal",
        "sudah tercatat sebelumnya (halaman yang sama)",
    ),
    Refusal.PAGE_DUPLICATE: QT_TRANSLATE_NOOP(
        "Refusal",
        "ganda: pegawai ini sudah punya lembar tercatat",
    ),
    Refusal.PAGE_UNREADABLE: QT_TRANSLATE_NOOP("Refusal", "QR tidak terbaca"),
    Refusal.PAGE_FORGED: QT_TRANSLATE_NOOP(
        "Refusal",
        "QR bukan lembar sah instansi ini (tanda tangan digital tidak cocok)",
    ),
    Refusal.PAGE_OTHER_EVENT: QT_TRANSLATE_NOOP("Refusal", "lembar acara lain"),
    Refusal.PAGE_OLD_VERSION: QT_TRANSLATE_NOOP("Refusal", "lembar dengan teks pakta versi lama"),
    Refusal.PAGE_NOT_EXPECTED: QT_TRANSLATE_NOOP(
        "Refusal",
        "pegawai tidak ada di daftar acara ini",
    ),
    Refusal.PAGE_COVER: QT_TRANSLATE_NOOP("Refusal", "sampul bundel, dilewati"),
    Refusal.BOX_SIGNED: QT_TRANSLATE_NOOP("Refusal", "ditandatangani"),
    Refusal.BOX_EMPTY: QT_TRANSLATE_NOOP("Refusal", "kotak tanda tangan kosong"),
    Refusal.BOX_STRAY_MARK: QT_TRANSLATE_NOOP("Refusal", "hanya coretan kecil, bukan tanda tangan"),
    Refusal.IMAGE_NOT_OPENED: QT_TRANSLATE_NOOP("Refusal", "berkas gambar tidak dapat dibuka"),
    Refusal.QR_NOT_A_SHEET: QT_TRANSLATE_NOOP("Refusal", "QR bukan lembar pakta"),
    Refusal.SHEET_OF_EVENT: QT_TRANSLATE_NOOP("Refusal", "acara nomor {event}"),
    Refusal.SAME_AS_PAGE: QT_TRANSLATE_NOOP("Refusal", "sama dengan {earlier}"),
    Refusal.PAGE_NUMBER: QT_TRANSLATE_NOOP("Refusal", "halaman {page}"),
    Refusal.PAGE_OF_FILE: QT_TRANSLATE_NOOP("Refusal", "{file} halaman {page}"),
    Refusal.PDF_UNREADABLE_PAGE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{file} (bukan PDF yang dapat dibaca)",
    ),
    Refusal.SHEET_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas {path} tidak ditemukan atau tidak dapat dibuka",
    ),
    Refusal.SHEET_NOT_A_FILE: QT_TRANSLATE_NOOP("Refusal", "{path} bukan sebuah berkas"),
    Refusal.SHEET_OVER_SIZE: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas {name} lebih dari {megabytes} MB",
    ),
    Refusal.SHEET_EMPTY: QT_TRANSLATE_NOOP("Refusal", "berkas {name} kosong (0 bita)"),
    Refusal.NOT_EXCEL: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} bukan berkas Excel (.xlsx) yang dapat dibaca",
    ),
    Refusal.SHEET_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas {name} tidak didukung; gunakan Excel .xlsx atau .csv (berkas .xls lama: "
        "simpan ulang sebagai .xlsx)",
    ),
    Refusal.UTF16_BROKEN: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas {name}: teks UTF-16 rusak; simpan ulang sebagai CSV UTF-8",
    ),
    Refusal.NOT_CSV_TEXT: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} bukan berkas teks CSV; simpan ulang sebagai CSV UTF-8",
    ),
    Refusal.UTF8_BROKEN: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas {name} baris {row}: teks UTF-8 rusak (ada bita yang tidak sah); simpan "
        "ulang sebagai CSV UTF-8",
    ),
    Refusal.NOT_UTF8_OR_CP1252: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas {name} bukan teks UTF-8 maupun Windows-1252; simpan ulang sebagai CSV "
        "UTF-8",
    ),
    Refusal.CSV_CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas {name} terlalu besar: baris {row} berisi sel lebih dari {chars} karakter",
    ),
    Refusal.CSV_QUOTE_OPEN: QT_TRANSLATE_NOOP(
        "Refusal",
        'berkas {name} baris {row}: tanda kutip (") dibuka tetapi tidak ditutup; tutup '
        "kutipnya atau hapus, lalu impor lagi",
    ),
    Refusal.CSV_QUOTE_UNPAIRED: QT_TRANSLATE_NOOP(
        "Refusal",
        'berkas {name} baris {row}: tanda kutip (") tidak berpasangan; simpan ulang '
        "berkasnya dari Excel sebagai CSV",
    ),
    Refusal.SHEET_TOO_LARGE: QT_TRANSLATE_NOOP("Refusal", "berkas {name} terlalu besar: {why}"),
    Refusal.ROW_TOO_WIDE: QT_TRANSLATE_NOOP(
        "Refusal",
        "baris {row} berisi data di lebih dari {columns} kolom",
    ),
    Refusal.ROW_CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "baris {row} berisi sel lebih dari {chars} karakter",
    ),
    Refusal.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "Refusal",
        "ada isi di baris {row}; paling banyak {rows} baris",
    ),
    Refusal.TOO_MANY_CELLS: QT_TRANSLATE_NOOP("Refusal", "lebih dari {cells} sel"),
    Refusal.PART_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Refusal",
        "bagian {part} berisi {size} MB setelah dibuka (batas {limit} MB)",
    ),
    Refusal.PART_OVER_LIMIT: QT_TRANSLATE_NOOP("Refusal", "bagian {part} lebih besar dari batas"),
    Refusal.CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal",
        "sebuah sel berisi lebih dari {chars} karakter",
    ),
    Refusal.TOO_MANY_SHARED_STRINGS: QT_TRANSLATE_NOOP(
        "Refusal",
        "lebih dari {count} teks bersama",
    ),
    Refusal.COLUMN_OVER_LIMIT: QT_TRANSLATE_NOOP(
        "Refusal",
        "sel {cell} berisi data; paling banyak {columns} kolom",
    ),
    Refusal.NO_WORKSHEETS: QT_TRANSLATE_NOOP("Refusal", "berkas {name} tidak berisi lembar kerja"),
    Refusal.EXCEL_DAMAGED: QT_TRANSLATE_NOOP("Refusal", "isi berkas Excel {name} rusak"),
    Refusal.PHOTO_OVER_20MB: QT_TRANSLATE_NOOP("Refusal", "foto lebih dari 20 MB"),
    Refusal.PHOTO_NOT_IMAGE: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas bukan gambar JPEG atau PNG yang dapat dibaca",
    ),
    Refusal.CAMERA_NOT_OPENED: QT_TRANSLATE_NOOP(
        "Refusal",
        "Kamera {number} tidak ditemukan atau tidak dapat dibuka.",
    ),
    Refusal.CAMERA_NO_PICTURE: QT_TRANSLATE_NOOP(
        "Refusal",
        "Kamera {number} tidak mengirim gambar; mungkin sedang dipakai program lain "
        "(Zoom, Teams, aplikasi kamera). Tutup program itu lalu coba lagi.",
    ),
    Refusal.CAMERA_LOST: QT_TRANSLATE_NOOP(
        "Refusal",
        "Kamera terputus atau berhenti mengirim gambar. Pemindai USB tetap dapat dipakai.",
    ),
    Refusal.DURATION_HOURS: QT_TRANSLATE_NOOP("Refusal", "{count} jam"),
    Refusal.DURATION_MINUTES: QT_TRANSLATE_NOOP("Refusal", "{count} menit"),
    Refusal.DURATION_SECONDS: QT_TRANSLATE_NOOP("Refusal", "{count} detik"),
    Refusal.WORDS_JOINED: QT_TRANSLATE_NOOP("Refusal", "{first} {second}"),
    Refusal.THIS_LAPTOP: QT_TRANSLATE_NOOP("Refusal", "laptop ini"),
    Refusal.THE_SERVER: QT_TRANSLATE_NOOP("Refusal", "server"),
    Refusal.CLOCK_SAME: QT_TRANSLATE_NOOP("Refusal", "jam stasiun sama dengan jam {other}"),
    Refusal.CLOCK_SLOWER: QT_TRANSLATE_NOOP(
        "Refusal",
        "jam stasiun {duration} lebih lambat dari jam {other}",
    ),
    Refusal.CLOCK_FASTER: QT_TRANSLATE_NOOP(
        "Refusal",
        "jam stasiun {duration} lebih cepat dari jam {other}",
    ),
    Refusal.TIME_AGO: QT_TRANSLATE_NOOP("Refusal", "{duration} yang lalu"),
    Refusal.EXPORT_CLOCK_AGREES: QT_TRANSLATE_NOOP(
        "Refusal",
        "jam stasiun {station} cocok dengan jam laptop ini (selisih {words}, ekspor baru)",
    ),
    Refusal.EXPORT_CLOCK_MEASURED: QT_TRANSLATE_NOOP(
        "Refusal",
        "jam stasiun {station}: berkas diekspor pukul {exported} menurut jamnya, {age} "
        "menurut jam laptop ini. Bila berkas dibawa langsung (diekspor kurang dari "
        "{fresh} menit sebelum digabung), {offset}; angka ini termasuk waktu membawa "
        "berkas",
    ),
    Refusal.EXPORT_CLOCK_AHEAD: QT_TRANSLATE_NOOP(
        "Refusal",
        "jam stasiun {station}: berkas diekspor pukul {exported} menurut jamnya, padahal "
        "jam laptop ini baru {now}: {offset} (sekurang-kurangnya)",
    ),
    Refusal.EXPORT_CLOCK_TOO_OLD: QT_TRANSLATE_NOOP(
        "Refusal",
        "jam stasiun {station} tidak dapat dibandingkan: berkas diekspor {age} menurut "
        "jam laptop ini, lebih dari {fresh} menit; berkas lama dan jam yang lambat tampak "
        "sama. Ekspor ulang tepat sebelum menggabung untuk membandingkan jamnya",
    ),
    Refusal.SKEWED_NOT_CORRECTED: QT_TRANSLATE_NOOP(
        "Refusal",
        "jam stasiun meleset dan tidak dikoreksi: tidak menggantikan waktu yang lebih "
        "lambat",
    ),
    Refusal.CONFLICT_AFTER_CLOSE: QT_TRANSLATE_NOOP(
        "Refusal",
        "tercatat setelah gerbang ditutup pukul {time}",
    ),
    Refusal.CONFLICT_NO_SUCH_MOMENT: QT_TRANSLATE_NOOP(
        "Refusal",
        "sesi nomor {number} tidak ada di acara ini; samakan sesi acara dulu",
    ),
    Refusal.CONFLICT_NOT_ON_ROSTER: QT_TRANSLATE_NOOP("Refusal", "tidak ada di daftar pegawai"),
    Refusal.RECORDED_AT: QT_TRANSLATE_NOOP("Refusal", "{time} di {station}"),
    Refusal.RECORDED_AT_MOMENT: QT_TRANSLATE_NOOP("Refusal", "{time} di {station}, sesi {moment}"),
    Refusal.CONFLICT_CORRECTED: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} ({number}): jam dikoreksi dari {other} menjadi {kept} ({shift})",
    ),
    Refusal.CONFLICT_KEPT_PROBLEM: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} ({number}): dipakai {kept}; {other}: {problem}",
    ),
    Refusal.CONFLICT_SKIPPED: QT_TRANSLATE_NOOP(
        "Refusal",
        "{number}: {problem} (tercatat {other}); dilewati",
    ),
    Refusal.CONFLICT_KEPT: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} ({number}): dipakai {kept}, juga tercatat {other}",
    ),
    Refusal.MERGE_COUNTS: QT_TRANSLATE_NOOP(
        "Refusal",
        "{added} kehadiran baru, {moved} diganti waktu lebih awal, {unchanged} sudah ada; "
        "{scans} percobaan pindai ditambahkan.",
    ),
    Refusal.MERGE_CORRECTED: QT_TRANSLATE_NOOP(
        "Refusal",
        "{count} waktu kehadiran dikoreksi dengan selisih jam yang terukur (tercatat di "
        "jejak audit).",
    ),
    Refusal.NUMBER_USED_BY: QT_TRANSLATE_NOOP("Refusal", "nomor ini sudah dipakai oleh {owner}"),
    Refusal.PERSON_NUMBER: QT_TRANSLATE_NOOP("Refusal", "orang nomor {person}"),
    Refusal.DB_UNREACHABLE: QT_TRANSLATE_NOOP("Refusal", "tidak terhubung ke {target}: {problem}"),
    Refusal.DB_PROBLEM: QT_TRANSLATE_NOOP("Refusal", "{server}: {problem}"),
    Refusal.SCHEMA_CURRENT: QT_TRANSLATE_NOOP("Refusal", "skema versi {version}, terbaru"),
    Refusal.SCHEMA_EMPTY: QT_TRANSLATE_NOOP(
        "Refusal",
        "basis data kosong, skema dibuat saat pertama dibuka",
    ),
    Refusal.SCHEMA_UPGRADE: QT_TRANSLATE_NOOP(
        "Refusal",
        "skema versi {version}, dinaikkan ke versi {known} saat pertama dibuka",
    ),
    Refusal.DB_SUMMARY: QT_TRANSLATE_NOOP("Refusal", "{server} di {target}: {schema}"),
    Refusal.SCHEMA_TOO_NEW: QT_TRANSLATE_NOOP(
        "Refusal",
        "basis data ini sudah memakai skema versi {version}, sedangkan Netra di stasiun "
        "ini hanya mengenal sampai versi {newest}: pasang Netra versi terbaru di stasiun "
        "ini (basis data tidak diubah)",
    ),
    Refusal.JOURNAL_MERGED: QT_TRANSLATE_NOOP("Refusal", "Jurnal {name} digabung: {counted}."),
    Refusal.JOURNAL_NO_LINES: QT_TRANSLATE_NOOP("Refusal", "tidak ada baris"),
    Refusal.JOURNAL_RECORDED: QT_TRANSLATE_NOOP("Refusal", "{count} tercatat"),
    Refusal.JOURNAL_LATE: QT_TRANSLATE_NOOP("Refusal", "{count} tercatat terlambat"),
    Refusal.JOURNAL_DUPLICATE: QT_TRANSLATE_NOOP("Refusal", "{count} sudah tercatat"),
    Refusal.JOURNAL_REFUSED: QT_TRANSLATE_NOOP("Refusal", "{count} ditolak ({outcome})"),
    Refusal.LIST_JOINED: QT_TRANSLATE_NOOP("Refusal", "{first}, {second}"),
    Refusal.JOURNAL_LINE_REFUSED: QT_TRANSLATE_NOOP(
        "Refusal",
        "baris {line}: {problem}; tidak digabung",
    ),
    Refusal.JOURNAL_LINE_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Refusal",
        "baris {line}: isinya tidak lengkap",
    ),
    Refusal.JOURNAL_LINE_INVALID: QT_TRANSLATE_NOOP("Refusal", "baris {line}: {problems}"),
    Refusal.JOURNAL_UNREADABLE: QT_TRANSLATE_NOOP("Refusal", "jurnal {path} tidak dapat dibaca"),
    Refusal.JOURNAL_NOT_A_LINE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} baris {number}: bukan baris jurnal Netra",
    ),
    Refusal.DB_GONE_WHY: QT_TRANSLATE_NOOP(
        "Refusal",
        "berkas basis data {path} hilang, dipindah atau diganti",
    ),
    Refusal.DB_RESTORED_WHY: QT_TRANSLATE_NOOP(
        "Refusal",
        "basis data {path} telah dipulihkan dari cadangan oleh proses lain",
    ),
    Refusal.DB_GONE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{why}; pemindaian dihentikan dan tidak tercatat. Pindaian berikutnya disimpan di "
        "jurnal di samping basis data; tutup Netra, lalu gabungkan jurnal itu (netra "
        "jurnal gabung BERKAS)",
    ),
    Refusal.DB_GONE_SHORT: QT_TRANSLATE_NOOP("Refusal", "Basis data hilang atau diganti"),
    Refusal.DB_RESTORED_SHORT: QT_TRANSLATE_NOOP("Refusal", "Basis data dipulihkan di tempat lain"),
    Refusal.DB_DAMAGED: QT_TRANSLATE_NOOP(
        "Refusal",
        "basis data {path} rusak{detail}. Jangan dipakai lagi: pulihkan cadangan terbaru "
        "({hint})",
    ),
    Refusal.DISK_FULL: QT_TRANSLATE_NOOP(
        "Refusal",
        "disk penuh di folder {folder}: tidak ada yang tercatat. Kosongkan ruang di disk "
        "itu, lalu ulangi",
    ),
    Refusal.DISK_FULL_SHORT: QT_TRANSLATE_NOOP(
        "Refusal",
        "Disk penuh di folder {folder}. Kosongkan ruang, lalu pindai lagi",
    ),
    Refusal.KEPT_IN_JOURNAL: QT_TRANSLATE_NOOP("Refusal", "{notice}. Disimpan di jurnal {path}"),
    Refusal.BACKUP_FILE_MISSING: QT_TRANSLATE_NOOP("Refusal", "berkas {path} tidak ada"),
    Refusal.BACKUP_NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} bukan berkas cadangan Netra (bukan basis data SQLite)",
    ),
    Refusal.BACKUP_NOT_NETRA: QT_TRANSLATE_NOOP("Refusal", "{name} bukan basis data Netra"),
    Refusal.BACKUP_DAMAGED: QT_TRANSLATE_NOOP("Refusal", "{name} rusak: {detail}"),
    Refusal.BACKUP_TOO_NEW: QT_TRANSLATE_NOOP(
        "Refusal",
        "{name} dibuat Netra yang lebih baru (skema {version})",
    ),
    Refusal.BACKUP_ON_SERVER: QT_TRANSLATE_NOOP(
        "Refusal",
        "cadangan server PostgreSQL dibuat dengan pg_dump di server (lihat README)",
    ),
    Refusal.RESTORE_ON_SERVER: QT_TRANSLATE_NOOP(
        "Refusal",
        "pemulihan server PostgreSQL dilakukan dengan pg_restore di server",
    ),
    Refusal.BACKUP_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Refusal",
        "cadangan gagal ditulis ke {target}: {error}",
    ),
}
# fmt: on


class Refused(str):
    """An Indonesian refusal that keeps its ``code`` and ``params``: equal to its text, so
    messages, tests and the command line read it as before."""

    code: Refusal
    params: Mapping[str, Any]

    def __new__(cls, code: Refusal, **params: Any) -> Refused:
        said = super().__new__(cls, INDONESIAN[code].format_map(params))
        said.code = code
        said.params = params
        return said

    def __getnewargs_ex__(self) -> tuple[tuple[Refusal], dict[str, Any]]:
        return (self.code,), dict(self.params)


def cannot_write(path: object, error: OSError) -> Refused:
    """``path`` could not be written, for the reason the system gave."""
    return Refused(Refusal.FILE_NOT_WRITABLE, path=path, reason=error.strerror or error)


def cannot_read(path: object, error: OSError) -> Refused:
    """``path`` could not be read, for the reason the system gave."""
    return Refused(Refusal.FILE_NOT_READABLE, path=path, reason=error.strerror or error)
