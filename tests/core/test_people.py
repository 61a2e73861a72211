from app.core.nip import EmploymentStatus, IdKind
from app.core.people import Person


def _person(number: str, kind: IdKind) -> Person:
    return Person(number, kind, "Sari", "", "", EmploymentStatus.NON_ASN, "P", "", "Staf", "Dinas")


def test_printed_id_shows_a_nik_only_by_its_last_four_digits_and_a_nip_grouped():
    assert _person("3374010101900001", IdKind.NIK).printed_id == "•••• •••• •••• 0001"
    assert _person("199001012015011001", IdKind.NIP).printed_id == "19900101 201501 1 001"
    assert _person("P-77", IdKind.INTERNAL).printed_id == "P-77"
