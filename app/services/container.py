"""Every service, built once from a store, a clock and who is working, and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.clock import Clock, SystemClock
from app.services.absence_service import AbsenceService
from app.services.badge_print_service import BadgePrintService
from app.services.badge_service import BadgeService
from app.services.checkin_service import CheckinService
from app.services.daring_service import DaringService
from app.services.demo_service import DemoService
from app.services.event_service import EventService
from app.services.export_log import ExportLog
from app.services.ikrar_service import IkrarService
from app.services.pakta_paper_service import PaktaPaperService
from app.services.pakta_service import PaktaService
from app.services.people_service import PeopleService
from app.services.pin_service import ADMIN, PinService
from app.services.report_service import ReportService
from app.services.roster_service import RosterService
from app.services.safety_service import SafetyService
from app.services.station_link import StationLink
from app.services.station_service import StationService
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
    stations: StationService
    link: StationLink
    exports: ExportLog

    @classmethod
    def build(
        cls, store: Store, clock: Clock | None = None, actor: str = "operator",
        station: str = "Gerbang 1", cache: StationCache | None = None,
    ) -> Services:  # fmt: skip
        """``cache``: a gate's local copy, to keep scanning when the shared server is lost."""
        clock = clock or SystemClock()
        events = EventService(store, clock, actor)
        badges = BadgeService(store, clock, actor)
        pins = PinService(store, clock, actor)
        pakta = PaktaService(store, clock, actor, station)
        checkins = CheckinService(store, clock, actor, badges, pins)
        stations = StationService(store, clock, actor)
        exports = ExportLog(store, clock, actor)
        return cls(
            store=store,
            clock=clock,
            actor=actor,
            station=station,
            events=events,
            badges=badges,
            badge_printing=BadgePrintService(events, badges, exports),
            demo=DemoService(store, clock, events, badges, pakta),
            people=PeopleService(),
            safety=SafetyService(store, clock, actor),
            roster=RosterService(store, clock, actor),
            ikrar=IkrarService(store, clock, actor),
            pakta=pakta,
            pakta_paper=PaktaPaperService(store, clock, actor, badges, pakta),
            reports=ReportService(exports),
            absences=AbsenceService(store, clock, actor),
            daring=DaringService(store, clock, actor),
            pins=pins,
            admin_pins=PinService(store, clock, actor, ADMIN),
            checkins=checkins,
            stations=stations,
            link=StationLink(store, checkins, stations, cache),
            exports=exports,
        )
