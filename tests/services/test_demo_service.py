from app.core.nip import EmploymentStatus, IdKind, nik_problem, nip_problem


def test_demo_creates_event_with_valid_people_and_is_idempotent(services):
    first = services.demo.ensure_demo(300)
    again = services.demo.ensure_demo(300)
    assert (first.people_added, again.people_added) == (300, 0)
    assert again.event_id == first.event_id
    assert len(services.events.list_events()) == 1
    people = services.store.people.expected_people(first.event_id)
    assert len(people) == 300
    for person in people:
        if person.id_kind is IdKind.NIP:
            assert nip_problem(person.id_number, person.status) is None, person
        else:
            assert person.status is EmploymentStatus.NON_ASN
            assert nik_problem(person.id_number) is None
    assert len({p.unit for p in people}) > 30


def test_demo_grows_when_more_people_are_asked_for(services):
    services.demo.ensure_demo(100)
    result = services.demo.ensure_demo(150)
    assert (result.people_added, result.people_total) == (50, 150)
    assert services.events.counts(result.event_id).expected == 150


def test_demo_event_already_has_arrivals_some_late(demo):
    event = demo.events.list_events()[0]
    counts = demo.events.counts(event.id)
    assert counts.present == 84  # 70% of 120
    assert 0 < counts.late < counts.present


def test_a_full_demo_has_the_regional_officials_as_pakta_signers_in_rank_order(services):
    from app.core.pakta import SignerRole

    result = services.demo.ensure_demo(200)
    assert result.people_total == 200
    signers = services.pakta.signers(result.event_id)
    assert [s.role for s in signers[:3]] == [
        SignerRole.KEPALA_DAERAH,
        SignerRole.SEKDA,
        SignerRole.ASISTEN,
    ]
    assert {s.role for s in signers} >= {SignerRole.KEPALA_OPD, SignerRole.CAMAT}
    event = services.events.get(result.event_id)
    sekda = next(s for s in signers if s.role is SignerRole.SEKDA)
    assert sekda.name == event.presiding_name  # the presiding official is on the roster
    assert services.demo.ensure_demo(200).people_added == 0
    assert len(services.pakta.signers(result.event_id)) == len(signers)
