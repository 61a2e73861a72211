def test_unit_list_for_the_report_choice_equals_the_report_units(demo):
    from app.core.report_data import units_of

    event = demo.events.list_events()[0]
    assert demo.reports.units(event.id) == units_of(demo.reports.report_input(event.id))
