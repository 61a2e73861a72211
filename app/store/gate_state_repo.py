"""Whether an event's gate is closed: read from the audit trail itself, where closing and
reopening are entries, so the state cannot be changed without breaking the chain."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from peewee import fn

from app.core.audit_chain import hashed_subject
from app.core.gate_closing import ClosedPeriod
from app.store.models import AuditLog, Checkin, ScanLog


class GateStateRepo:
    CLOSED = "gate.closed"
    REOPENED = "gate.reopened"
    ENTITY = "event"

    def closed_at(self, event_id: int) -> datetime | None:
        """When the event's gate was closed, or None while it is open."""
        closing = self.closing_details(event_id)
        return datetime.fromisoformat(closing["closed_at"]) if closing else None

    def closing_details(self, event_id: int) -> dict[str, Any] | None:
        """The details of the entry that closed the event's gate (``gate_service``), or None
        while it is open.

        The newest close or reopen entry decides, named by its hashed body: the unhashed
        columns could be edited to hide a close without breaking the chain. Found by action
        alone (index ``audit_log_action_event``, migration 0013): there are few such entries,
        while the event column would walk every check-in entry of the event at each scan."""
        query = (
            AuditLog.select(AuditLog.details, AuditLog.action)
            .where(AuditLog.action.in_((self.CLOSED, self.REOPENED)))
            .order_by(AuditLog.id.desc())
        )
        for row in query:
            subject = hashed_subject(row.details)
            if subject is None or subject[:2] != (self.ENTITY, str(event_id)):
                continue
            if row.action == self.REOPENED:
                return None
            details: dict[str, Any] = json.loads(row.details)["details"]
            return details
        return None

    def closings(self, event_id: int) -> list[ClosedPeriod]:
        """Each time the event's gate was closed, oldest first: when it closed, and when it
        was reopened (None: still closed). Read like ``closing_details``, from the hashed
        bodies; a reopening's time is its entry's, which the chain's hash covers."""
        query = (
            AuditLog.select(AuditLog.details, AuditLog.action, AuditLog.at)
            .where(AuditLog.action.in_((self.CLOSED, self.REOPENED)))
            .order_by(AuditLog.id)
        )
        periods: list[ClosedPeriod] = []
        for row in query:
            subject = hashed_subject(row.details)
            if subject is None or subject[:2] != (self.ENTITY, str(event_id)):
                continue
            if row.action == self.CLOSED:
                closed = json.loads(row.details)["details"]["closed_at"]
                periods.append((datetime.fromisoformat(closed), None))
            elif periods and periods[-1][1] is None:
                periods[-1] = (periods[-1][0], row.at)
        return periods

    def records_by_signer(self, event_id: int) -> dict[str, tuple[int, int, datetime | None]]:
        """Per station fingerprint: the event's check-ins and scan attempts it signed here,
        and the time of its newest scan attempt ("" for rows from before station signatures)."""
        checkins: dict[str, int] = dict(
            Checkin.select(Checkin.signer, fn.COUNT(Checkin.id))
            .where(Checkin.event == event_id)
            .group_by(Checkin.signer)
            .tuples()
        )
        newest_scan = fn.MAX(ScanLog.at).python_value(ScanLog.at.python_value)
        scans = {
            signer: (count, newest)
            for signer, count, newest in ScanLog.select(
                ScanLog.signer, fn.COUNT(ScanLog.id), newest_scan
            )
            .where(ScanLog.event == event_id)
            .group_by(ScanLog.signer)
            .tuples()
        }
        return {
            signer: (checkins.get(signer, 0), *scans.get(signer, (0, None)))
            for signer in checkins.keys() | scans.keys()
        }
