"""Every service, built once from a store, a clock and who is working, and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.clock import Clock, SystemClock
from app.services.badge_service import BadgeService
from app.services.checkin_service import CheckinService
from app.services.demo_service import DemoService
from app.services.event_service import EventService
from app.services.people_service import PeopleService
from app.services.pin_service import PinService
from app.store.store import Store


@dataclass
class Services:
    store: Store
    clock: Clock
    actor: str
    station: str
    events: EventService
    badges: BadgeService
    demo: DemoService
    people: PeopleService
    pins: PinService
    checkins: CheckinService

    @classmethod
    def build(
        cls, store: Store, clock: Clock | None = None, actor: str = "operator",
        station: str = "Gerbang 1",
    ) -> Services:  # fmt: skip
        clock = clock or SystemClock()
        events = EventService(store, clock, actor)
        badges = BadgeService(store, clock)
        pins = PinService(store, clock, actor)
        return cls(
            store=store,
            clock=clock,
            actor=actor,
            station=station,
            events=events,
            badges=badges,
            demo=DemoService(store, clock, events, badges),
            people=PeopleService(),
            pins=pins,
            checkins=CheckinService(store, clock, actor, badges, pins),
        )
