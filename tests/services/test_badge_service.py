from dataclasses import replace

from app.core.badge_token import Rejection, RejectReason, VerifiedBadge
from app.store.models import Person, SigningKey


def test_demo_organisation_gets_one_key_and_its_badges_verify(demo):
    event = demo.events.list_events()[0]
    organisation = event.organisation_id
    assert demo.badges.ensure_signing_key(organisation) == demo.badges.ensure_signing_key(
        organisation
    )
    assert SigningKey.select().count() == 1
    person = demo.store.people.expected_people(event.id)[0]
    result = demo.badges.verify(organisation, demo.badges.token_for(organisation, person))
    assert isinstance(result, VerifiedBadge) and result.claim.person_id == person.id_number


def test_reissued_badge_revokes_the_older_one(demo):
    event = demo.events.list_events()[0]
    person = demo.store.people.expected_people(event.id)[0]
    old = demo.badges.token_for(event.organisation_id, person)
    Person.update(badge_serial=2).where(Person.id == person.id).execute()
    new = demo.badges.token_for(event.organisation_id, replace(person, badge_serial=2))
    rejected = demo.badges.verify(event.organisation_id, old)
    assert isinstance(rejected, Rejection) and rejected.reason is RejectReason.REVOKED
    assert isinstance(demo.badges.verify(event.organisation_id, new), VerifiedBadge)


def test_deactivated_person_is_unknown(demo):
    event = demo.events.list_events()[0]
    person = demo.store.people.expected_people(event.id)[0]
    token = demo.badges.token_for(event.organisation_id, person)
    Person.update(active=False).where(Person.id == person.id).execute()
    result = demo.badges.verify(event.organisation_id, token)
    assert isinstance(result, Rejection) and result.reason is RejectReason.UNKNOWN_PERSON
