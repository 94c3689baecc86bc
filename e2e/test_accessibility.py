"""Every page, as a signed-out visitor, an admin and a phone see it, has no axe violation."""

from playwright.sync_api import Browser, expect

from .conftest import ADMIN_EMAIL, ADMIN_PASSWORD, Stack, axe_violations
from .test_images_page import sign_in


def test_every_page_has_no_accessibility_violation(stack: Stack, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{stack.url}/login")
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    assert axe_violations(page) == [], "sign-in page"

    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    pages = {
        "/": page.get_by_role("heading", name="Your identities"),
        "/test": page.get_by_role("heading", name="Test scenarios"),
        "/images": page.get_by_alt_text("Reference photo 1"),
        "/no-such-page": page.get_by_role("heading", level=1),
    }
    for path, loaded in pages.items():
        page.goto(f"{stack.url}{path}")
        expect(loaded).to_be_visible()
        page.wait_for_load_state("networkidle")
        assert axe_violations(page) == [], path

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{stack.url}/images")
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == [], "/images at 390 px"
    context.close()


def test_the_skip_link_is_the_first_stop_and_lands_on_the_page(
    stack: Stack, browser: Browser
) -> None:
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    page.goto(f"{stack.url}/images")
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible()

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()
    context.close()
