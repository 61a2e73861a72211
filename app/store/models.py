"""Peewee models over the tables that ``db/migrations`` creates (the migrations own the schema)."""

from __future__ import annotations

from typing import Any

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)


class BaseModel(Model):
    id: Any  # peewee adds the primary key at run time; declared for the type checker

    class Meta:
        legacy_table_names = False


class Organisation(BaseModel):
    name = TextField()
    created_at = DateTimeField()


class SigningKey(BaseModel):
    organisation = ForeignKeyField(Organisation, backref="keys")
    key_id = CharField(unique=True)
    public_key = BlobField()
    private_key = BlobField(null=True)
    active = BooleanField()
    created_at = DateTimeField()


class Unit(BaseModel):
    organisation = ForeignKeyField(Organisation, backref="units")
    name = TextField()


class Person(BaseModel):
    organisation = ForeignKeyField(Organisation, backref="people")
    id_number = CharField()
    id_kind = CharField()
    name = TextField()
    front_title = TextField()
    back_title = TextField()
    status = CharField()
    gender = CharField()
    grade = CharField()
    position = TextField()
    unit = ForeignKeyField(Unit, null=True, backref="people")
    active = BooleanField()
    is_guest = BooleanField()
    badge_serial = IntegerField()
    created_at = DateTimeField()
    updated_at = DateTimeField()


class PersonPhoto(BaseModel):
    person = ForeignKeyField(Person, primary_key=True, backref="photo")
    image = BlobField()


class Event(BaseModel):
    organisation = ForeignKeyField(Organisation, backref="events")
    title = TextField()
    kind = CharField()
    day = DateField()
    start_time = TimeField()
    late_after = TimeField()
    venue = TextField()
    organiser = TextField()
    kop_lines = TextField()
    logo = BlobField(null=True)
    presiding_name = TextField()
    presiding_nip = CharField()
    presiding_position = TextField()
    time_zone = CharField()
    created_at = DateTimeField()
    updated_at = DateTimeField()


class EventAttendee(BaseModel):
    event = ForeignKeyField(Event, backref="attendees")
    person = ForeignKeyField(Person, backref="attendance")
    notice = TextField()


class Checkin(BaseModel):
    event = ForeignKeyField(Event, backref="checkins")
    person = ForeignKeyField(Person, backref="checkins")
    at = DateTimeField()
    station = CharField()
    method = CharField()
    operator = CharField()
    late = BooleanField()
    note = TextField()
    signer = CharField(default="")
    signature = TextField(default="")
    time_source = CharField(default="")  # app.core.station_time.TimeSource
    clock_offset_s = IntegerField(null=True)
    offset_age_s = IntegerField(null=True)
    moment = IntegerField(default=1)  # the number of the event's moment (``EventMoment``)


class ScanLog(BaseModel):
    event = ForeignKeyField(Event, backref="scans")
    at = DateTimeField()
    station = CharField()
    method = CharField()
    raw = TextField()  # type: ignore[assignment]  # a column, over peewee's Model.raw()
    outcome = CharField()
    person = ForeignKeyField(Person, null=True, backref="scans")
    signer = CharField(default="")
    signature = TextField(default="")


class AuditLog(BaseModel):
    at = DateTimeField()
    actor = CharField()
    action = CharField()
    entity = CharField()
    entity_id = CharField()
    event_id = IntegerField(null=True)
    details = TextField()
    prev_hash = CharField()
    hash = CharField()


class Absence(BaseModel):
    event = ForeignKeyField(Event, backref="absences")
    person = ForeignKeyField(Person, backref="absences")
    reason = CharField()
    note = TextField()
    recorded_at = DateTimeField()
    recorded_by = CharField()


class AdminPin(BaseModel):
    name = CharField(unique=True)
    salt = BlobField()
    digest = BlobField()
    scrypt_n = IntegerField()
    scrypt_r = IntegerField()
    scrypt_p = IntegerField()
    failures = IntegerField()
    locked_until = DateTimeField(null=True)
    updated_at = DateTimeField()


ALL_MODELS: list[type[BaseModel]] = [
    Organisation,
    SigningKey,
    Unit,
    Person,
    PersonPhoto,
    Event,
    EventAttendee,
    Checkin,
    ScanLog,
    AuditLog,
    Absence,
    AdminPin,
]


class IkrarScript(BaseModel):
    event = ForeignKeyField(Event, backref="ikrar_scripts")
    title = TextField()
    opening = TextField()
    points = TextField()
    closing = TextField()
    based_on = TextField()
    created_at = DateTimeField()
    updated_at = DateTimeField()


class IkrarTheme(BaseModel):
    event = ForeignKeyField(Event, primary_key=True, backref="ikrar_theme")
    background = CharField()
    text_colour = CharField()
    highlight = CharField()
    dim = CharField()
    font = CharField()
    background_image = BlobField(null=True)
    updated_at = DateTimeField()


ALL_MODELS += [IkrarScript, IkrarTheme]


class PaktaSigner(BaseModel):
    event = ForeignKeyField(Event, backref="pakta_signers")
    person = ForeignKeyField(Person, backref="pakta_roles")
    role = CharField()
    position = IntegerField()


class PaktaTemplate(BaseModel):
    event = ForeignKeyField(Event, primary_key=True, backref="pakta_template")
    body = TextField()
    place = TextField()
    updated_at = DateTimeField()


class PaktaSignature(BaseModel):
    event = ForeignKeyField(Event, backref="pakta_signatures")
    person = ForeignKeyField(Person, backref="pakta_signatures")
    text = TextField()
    name = TextField()
    nip = TextField()
    strokes = TextField()
    fingerprint = CharField()
    signed_at = DateTimeField()
    station = CharField()
    superseded_at = DateTimeField(null=True)


ALL_MODELS.extend([PaktaSigner, PaktaTemplate, PaktaSignature])


class PdfCertificate(BaseModel):
    organisation = ForeignKeyField(Organisation, backref="pdf_certificates")
    certificate = BlobField()
    chain = BlobField(null=True)  # the issuers' DER certificates, each after its length
    private_key = BlobField()
    source = TextField()
    fingerprint = TextField()
    active = BooleanField()
    created_at = DateTimeField()


ALL_MODELS.append(PdfCertificate)


class Station(BaseModel):
    fingerprint = CharField(unique=True)
    public_key = BlobField()
    name = TextField()
    status = CharField()
    requested_at = DateTimeField()
    decided_at = DateTimeField(null=True)
    decided_by = TextField()


class SigningStart(BaseModel):
    first_checkin = IntegerField()
    first_scan = IntegerField()
    first_person = IntegerField()
    first_event = IntegerField()
    first_organisation = IntegerField()
    first_pakta_signature = IntegerField()
    first_pakta_paper_page = IntegerField(default=1)
    first_moment_event = IntegerField(default=0)


ALL_MODELS.extend([Station, SigningStart])


class PaktaPaperPage(BaseModel):
    event = ForeignKeyField(Event, backref="pakta_paper_pages")
    person = ForeignKeyField(Person, backref="pakta_paper_pages")
    verdict = CharField()
    ink_area_mm2 = FloatField()
    text_version = BigIntegerField()
    image = BlobField()
    image_sha256 = CharField()
    source = TextField()
    scanned_at = DateTimeField()
    scanned_by = CharField()


ALL_MODELS.append(PaktaPaperPage)


class LaporanText(BaseModel):
    event = ForeignKeyField(Event, unique=True, backref="laporan_text")
    body = TextField()
    updated_at = DateTimeField()
    updated_by = TextField()


class LaporanPhoto(BaseModel):
    event = ForeignKeyField(Event, backref="laporan_photos")
    position = IntegerField()
    caption = TextField()
    original_name = TextField()
    file_name = TextField()
    sha256 = CharField()
    width = IntegerField()
    height = IntegerField()
    added_at = DateTimeField()
    added_by = TextField()


ALL_MODELS.extend([LaporanText, LaporanPhoto])


class EventMoment(BaseModel):
    event = ForeignKeyField(Event, backref="moments")
    number = IntegerField()
    name = TextField()
    opens_at = TimeField()
    closes_at = TimeField()
    late_after = TimeField()


ALL_MODELS.append(EventMoment)
