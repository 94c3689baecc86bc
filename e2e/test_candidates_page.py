"""Choosing the best poster in Chromium: a batch of three, star, compare, use one, versions."""

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from .conftest import ADMIN_EMAIL, ADMIN_PASSWORD, Stack
from .test_images_page import ARTIFACTS, FIXTURES, sign_in

IDENTITY = "Decisive Leader"


def candidate(page: Page, number: int, of: int = 3):  # type: ignore[no-untyped-def]
    return page.get_by_alt_text(f"Candidate {number} of {of} for {IDENTITY}")


def test_admin_picks_the_best_of_three_and_goes_back_to_an_earlier_version(
    stack: Stack, browser: Browser, tmp_path: Path
) -> None:
    console_errors: list[str] = []
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on(
        "console",
        lambda message: console_errors.append(message.text) if message.type == "error" else None,
    )
    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    page.goto(f"{stack.url}/images")
    page.get_by_label("Generate for").select_option(
        label="Founder under pressure (daniel.reyes@demo.example.com)"
    )
    page.get_by_label("Upload photo 1").set_input_files(str(FIXTURES / "astronaut.png"))
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=20_000)
    page.get_by_label("Choose an identity").select_option(label=f"{IDENTITY} — Leadership")
    page.get_by_label("Resolution").select_option("1K")

    page.get_by_label("Posters").select_option("3")
    expect(page.get_by_text(re.compile(r"^3 posters"))).to_be_visible()
    page.get_by_role("button", name="Generate Image").click()
    for number in (1, 2, 3):
        expect(candidate(page, number)).to_be_visible(timeout=90_000)
    grid = page.get_by_role("region", name="Candidates")
    expect(grid.get_by_text("3 of 3 finished")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "candidates-grid-1280.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    grid.screenshot(path=str(ARTIFACTS / "candidates-grid-390.png"))
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("button", name="Star candidate 1").click()
    expect(page.get_by_role("button", name="Star candidate 1")).to_have_attribute(
        "aria-pressed", "true"
    )

    for number in (1, 2, 3):
        page.get_by_role("checkbox", name=f"Compare candidate {number}").check()
    page.get_by_role("button", name="Compare", exact=True).click()
    dialog = page.get_by_role("dialog", name="Compare 3 posters")
    expect(dialog).to_be_focused()
    expect(dialog.get_by_alt_text("Reference 1 of the person")).to_be_visible()
    for number in (1, 2, 3):
        expect(dialog.get_by_alt_text(f"Poster {number} for {IDENTITY}")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "compare-1280.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    expect(dialog.get_by_alt_text(f"Poster 1 for {IDENTITY}")).to_be_visible()
    expect(dialog.get_by_alt_text(f"Poster 2 for {IDENTITY}")).to_be_hidden()  # one at a time
    page.keyboard.press("ArrowRight")
    expect(dialog.get_by_alt_text(f"Poster 2 for {IDENTITY}")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "compare-390.png"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.keyboard.press("Enter")  # use the focused one: candidate 2
    expect(dialog.get_by_role("button", name="In use")).to_be_visible(timeout=20_000)
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    expect(page.get_by_role("button", name="In use (candidate 2)")).to_be_disabled()
    versions = page.get_by_role("region", name=re.compile("current poster and versions"))
    expect(versions.get_by_alt_text(f"Current poster of {IDENTITY}")).to_be_visible()
    chosen = versions.get_by_role("listitem").filter(has_text="Current")
    expect(chosen).to_have_count(1)

    page.get_by_label("Posters").select_option("1")
    page.get_by_role("button", name="Generate Image").click()
    expect(page.get_by_alt_text(f"Generated poster for the identity {IDENTITY}")).to_be_visible(
        timeout=60_000
    )
    page.get_by_role("button", name="Save to Identity").click()
    expect(page.get_by_role("button", name="Saved to identity")).to_be_visible()
    expect(versions.get_by_role("listitem")).to_have_count(2)

    versions.get_by_role("button", name=re.compile("^Restore the version from")).click()
    expect(versions.get_by_role("button", name="Undo")).to_be_visible()
    expect(page.get_by_role("button", name="Save to Identity")).to_be_enabled()

    page.reload()
    versions = page.get_by_role("region", name=re.compile("current poster and versions"))
    expect(versions.get_by_role("listitem")).to_have_count(2, timeout=20_000)
    current = versions.get_by_role("listitem").filter(has_text="Current")
    expect(current).to_have_count(1)
    expect(current).to_contain_text("Generated")
    expect(versions.get_by_role("listitem").nth(1)).to_contain_text("Current")  # the older one
    history = page.get_by_role("region", name="History")
    expect(history.get_by_text("Showing 4 of 4")).to_be_visible()
    expect(history.get_by_text("Current", exact=True)).to_have_count(1)  # candidate 2 again
    history.get_by_role("checkbox", name="Starred only").check()
    expect(history.get_by_text("Showing 1 of 1")).to_be_visible()
    expect(history.get_by_label("Starred", exact=True)).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "versions-after-restore-1280.png"), full_page=True)

    assert console_errors == []
    context.close()
