import pytest

from tests.community.factories import SchoolFactory
from tests.scan.conftest import scan_page  # noqa: F401  (a live scan with one part, as the scan tests use)


@pytest.fixture
def school(db):
    return SchoolFactory(name="Het Dijkcollege", brin="93QT", gemeente="Haarlem")
