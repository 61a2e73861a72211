"""Every service, built once from a store, a clock and who is working, and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.clock import Clock, SystemClock
from app.core.station_identity import StationKey
from app.paths import data_dir
from app.services.absence_service import AbsenceService
from app.services.anchor_service import AnchorService
from app.services.badge_print_service import BadgePrintService
from app.services.badge_service import BadgeService
from app.services.checkin_service import CheckinService
from app.services.daring_service import DaringService
from app.services.demo_service import DemoService
from app.services.enrolment_service import EnrolmentService
from app.services.event_service import EventService
from app.services.export_log import ExportLog
from app.services.gate_service import GateKeepers, GateService
from app.services.ikrar_service import IkrarService
from app.services.laporan_bundle import BundleTools, LaporanBundleService
from app.services.laporan_service import LaporanService, LaporanSources, photo_root
from app.services.laporan_verify import LaporanVerifyService
from app.services.pakta_paper_service import PaktaPaperService
from app.services.pakta_service import PaktaService
from app.services.pdf_signing_service import PdfSigningService
from app.services.pdf_verify_service import PdfVerifyService
from app.services.people_service import PeopleService
from app.services.pin_service import ADMIN, PinService
from app.services.record_sealer import RecordSealer
from app.services.report_service import ReportService
from app.services.roster_service import RosterService
from app.services.safety_service import SafetyService
from app.services.station_clock import StationClock
from app.services.station_link import StationLink
from app.services.station_lock_service import StationLockService
from app.services.station_service import StationService
from app.store import station_key_file
from app.store.station_cache import StationCache
from app.store.store import Store


@dataclass
class Services:
    store: Store
    clock: Clock
    actor: str
    station: str
    events: EventService
    badges: BadgeService
    badge_printing: BadgePrintService
    demo: DemoService
    people: PeopleService
    safety: SafetyService
    roster: RosterService
    ikrar: IkrarService
    pakta: PaktaService
    pakta_paper: PaktaPaperService
    reports: ReportService
    absences: AbsenceService
    daring: DaringService
    pins: PinService
    admin_pins: PinService
    checkins: CheckinService
    enrolment: EnrolmentService
    anchors: AnchorService
    stations: StationService
    link: StationLink
    exports: ExportLog
    pdf_signing: PdfSigningService
    pdf_verify: PdfVerifyService
    station_lock: StationLockService
    laporan: LaporanService
    laporan_bundle: LaporanBundleService
    laporan_verify: LaporanVerifyService
    gate: GateService

    @classmethod
    def build(
        cls, store: Store, clock: Clock | None = None, actor: str = "operator",
        station: str = "Gerbang 1", cache: StationCache | None = None,
        station_key: StationKey | None = None,
    ) -> Services:  # fmt: skip
        """``cache``: a gate's local copy, to keep scanning when the shared server is lost;
        ``station_key``: this station's own key (by default, the one in its data folder)."""
        clock = clock or SystemClock()
        events = EventService(store, clock, actor)
        badges = BadgeService(store, clock, actor)
        pins = PinService(store, clock, actor)
        admin_pins = PinService(store, clock, actor, ADMIN)
        key = station_key or station_key_file.load_or_create(data_dir())
        enrolment = EnrolmentService(store, clock, actor, key, admin_pins)
        sealer = RecordSealer(store, enrolment, station)
        # Read when a pakta is signed: the gate renames its station in ``services.station``.
        pakta = PaktaService(store, clock, actor, lambda: services.station)
        station_clock = StationClock(store, clock)
        checkins = CheckinService(store, station_clock, actor, badges, pins, sealer)
        stations = StationService(store, clock, actor, enrolment, sealer)
        exports = ExportLog(store, clock, actor)
        anchors = AnchorService(store, clock, actor)
        reports = ReportService(store, exports, pakta.signing, anchors)
        ikrar = IkrarService(store, clock, actor)
        pakta_paper = PaktaPaperService(store, clock, actor, badges, pakta)
        laporan = LaporanService(
            store, clock, actor, LaporanSources(reports, ikrar, pakta), photo_root(store)
        )
        bundle_tools = BundleTools(laporan, pakta_paper, pakta.signing, anchors, exports)
        station_lock = StationLockService(store, clock, actor, admin_pins, key.fingerprint)
        gate = GateService(store, clock, actor, GateKeepers(enrolment, anchors, station_lock))
        services = cls(
            store=store,
            clock=clock,
            actor=actor,
            station=station,
            events=events,
            badges=badges,
            badge_printing=BadgePrintService(store, events, badges, exports),
            demo=DemoService(store, clock, events, badges, pakta, sealer),
            people=PeopleService(store),
            safety=SafetyService(store, clock, actor, enrolment, anchors),
            roster=RosterService(store, clock, actor),
            ikrar=ikrar,
            pakta=pakta,
            pakta_paper=pakta_paper,
            reports=reports,
            anchors=anchors,
            absences=AbsenceService(store, clock, actor),
            daring=DaringService(store, clock, actor, sealer),
            pins=pins,
            admin_pins=admin_pins,
            checkins=checkins,
            enrolment=enrolment,
            stations=stations,
            link=StationLink(store, checkins, stations, cache),
            exports=exports,
            pdf_signing=pakta.signing,
            pdf_verify=PdfVerifyService(store, pakta.signing, reports, pakta),
            station_lock=station_lock,
            laporan=laporan,
            laporan_bundle=LaporanBundleService(bundle_tools, clock),
            laporan_verify=LaporanVerifyService(laporan, pakta.signing, anchors),
            gate=gate,
        )
        return services
