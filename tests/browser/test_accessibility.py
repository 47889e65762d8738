"""axe-core on the main page types, in Dutch and English, on a phone and a desktop: no WCAG 2.2 A/AA violations.

Each page also gets a full-page screenshot in ``screenshots/<name>-<lang>-<width>.png`` (git-ignored), for people
to look at: axe checks the markup, not whether a teacher understands the page.
"""

import pytest

from tests.browser.conftest import NARROW, WIDE, axe_check, axe_violations, format_violations, screenshot

pytestmark = pytest.mark.browser

# name → (page in site_data, query string)
PAGES = {
    "home": ("home", ""),
    "library": ("library", ""),
    "library-filtered": ("library", "?theme=jongeren-en-wapens&type=film&type=lesson"),
    "resource": ("film", ""),
    "theme": ("theme", ""),
}


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375", "1280"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_wcag_violations(site_data, new_page, lang, viewport):
    page = new_page(viewport=viewport)
    problems = []
    for name, (key, params) in PAGES.items():
        response = page.goto(site_data[f"{key}-{lang}"] + params)
        assert response.status == 200, f"{name}: {response.status} at {page.url}"
        assert page.locator("html").get_attribute("lang") == lang, f"{name}: <html lang> at {page.url}"
        screenshot(page, f"{name}-{lang}-{viewport['width']}")
        violations = axe_violations(page)
        if violations:
            problems.append(format_violations(violations, where=f"{name} ({page.url}): "))
    report = "\n".join(problems)
    print(report)
    assert not problems, f"axe-core found WCAG A/AA violations:\n{report}"


def test_axe_check_reports_violations(page):
    """The check itself: a page with known WCAG failures must not pass."""
    page.set_content('<html><body><main><img src="data:,"><a href="#"></a><input type="text"></main></body></html>')
    with pytest.raises(pytest.fail.Exception) as excinfo:
        axe_check(page)
    report = str(excinfo.value)
    for rule in ("html-has-lang", "image-alt", "link-name", "label"):
        assert rule in report
