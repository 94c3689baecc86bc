"""Refining a poster in Chromium: the child with its instruction, still there after a reload."""

from playwright.sync_api import Browser, expect

from .conftest import Stack
from .test_images_page import ARTIFACTS, admin_page


def test_admin_refines_a_poster_and_sees_the_child_after_a_reload(
    stack: Stack, browser: Browser
) -> None:
    context, page, console_errors = admin_page(stack, browser)
    page.goto(f"{stack.url}/images")
    # The admin themself, with their demo photo: the other tests' people keep their own slots.
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=20_000)
    page.get_by_label("Choose an identity").select_option(label="Bold Innovator — Career")
    page.get_by_label("Resolution").select_option("1K")
    page.get_by_role("button", name="Generate Image").click()
    poster = page.get_by_alt_text("Generated poster for the identity Bold Innovator")
    expect(poster).to_be_visible(timeout=60_000)
    parent_url = page.url

    page.get_by_role("button", name="Refine", exact=True).click()
    expect(page.get_by_text("offline provider only approximates a refinement")).to_be_visible()
    page.get_by_role("button", name="warmer light").click()
    page.get_by_label("How should this poster change?").fill("make the background a night sky")
    page.get_by_role("button", name="Refine poster").click()
    expect(page.get_by_text("Refinement: make the background a night sky (shown)")).to_be_visible(
        timeout=60_000
    )
    assert page.url != parent_url
    expect(
        page.get_by_alt_text("After: Refinement: make the background a night sky")
    ).to_be_visible(timeout=60_000)
    expect(page.get_by_alt_text("Before: First poster")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "refine-1280.png"), full_page=True)

    page.reload()
    lineage = page.get_by_role("region", name="Lineage")
    expect(lineage.get_by_role("button", name="First poster")).to_be_visible(timeout=20_000)
    expect(
        lineage.get_by_text("Refinement: make the background a night sky (shown)")
    ).to_be_visible()
    expect(page.get_by_text("↳ Refinement: make the background a night sky")).to_be_visible()
    lineage.get_by_role("button", name="First poster").click()
    expect(
        lineage.get_by_role(
            "button", name="Refinement: make the background a night sky (succeeded)"
        )
    ).to_be_visible()

    assert console_errors == []
    context.close()
