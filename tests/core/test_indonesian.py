from datetime import date, time

from app.core.indonesian import clock_time, day_and_date, number, percent


def test_dates_are_written_with_indonesian_day_and_month_names():
    assert day_and_date(date(2024, 10, 1)) == "Selasa, 1 Oktober 2024"
    assert day_and_date(date(2024, 9, 13)) == "Jumat, 13 September 2024"


def test_numbers_use_a_dot_for_thousands():
    assert number(8432) == "8.432"
    assert number(10000) == "10.000"
    assert number(7) == "7"


def test_time_and_percent_follow_indonesian_punctuation():
    assert clock_time(time(7, 5)) == "07.05"
    assert percent(7, 8) == "87,5%"
    assert percent(0, 0) == "0%"
