"""Consent before a person's first photo, retention dates and the person's activity, in Chromium."""

import subprocess
import sys

from playwright.sync_api import Browser, expect

from .conftest import ADMIN_EMAIL, ADMIN_PASSWORD, REPO, SERVER, Stack
from .test_images_page import FIXTURES, sign_in

ARTIFACTS = REPO / "artifacts"
PERSON = "river.stone@demo.example.com"


def add_test_person_without_consent(stack: Stack) -> None:
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from apps.users.models import User; "
            "from apps.test_scenario.models import TestScenario; "
            f"person, _ = User.objects.get_or_create(email='{PERSON}'); "
            "TestScenario.objects.get_or_create(name='Returning client', user=person)",
        ],
        cwd=SERVER,
        env=stack.env,
        check=True,
    )


def test_consent_is_recorded_in_the_dialog_before_the_first_photo(
    stack: Stack, browser: Browser
) -> None:
    add_test_person_without_consent(stack)
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    page.goto(f"{stack.url}/images")
    page.get_by_label("Generate for").select_option(label=f"Returning client ({PERSON})")

    expect(page.get_by_text("No consent recorded: no photos can be added yet.")).to_be_visible()
    expect(page.get_by_label("Upload photo 1")).to_have_count(0)
    page.get_by_role("button", name="Add a photo…").click()
    dialog = page.get_by_role("dialog", name="Consent of Returning client")
    expect(dialog.get_by_text("Notice version")).to_be_visible()
    expect(dialog.get_by_text("What we store")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "consent-dialog-1280.png"))
    page.keyboard.press("Tab")  # focus stays in the dialog
    assert dialog.evaluate("node => node.contains(document.activeElement)")
    # Nothing is ticked for the person; the admin attests what their signed form says.
    boxes = dialog.get_by_role("checkbox")
    expect(boxes).to_have_count(2)
    for box in boxes.all():
        expect(box).not_to_be_checked()
        box.check()
    note = dialog.get_by_label("Where is the signed form? (required)")
    note.fill("Paper form in HR file 2026-12")
    dialog.get_by_role("button", name="Record consent").click()

    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(
        page.get_by_text("Consent recorded for photos to the provider and face matching.")
    ).to_be_visible()
    page.get_by_label("Upload photo 1").set_input_files(str(FIXTURES / "astronaut.png"))
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=20_000)
    expect(page.get_by_text("unless used for a poster")).to_be_visible()

    page.get_by_text("Activity for Returning client").click()
    activity = page.locator("details", has_text="Activity for Returning client")
    expect(activity.get_by_text("Photo added")).to_be_visible()
    expect(activity.get_by_text("Consent recorded")).to_be_visible()
    expect(activity.get_by_text("by you")).to_have_count(2)  # the admin, named as such
    page.screenshot(path=str(ARTIFACTS / "consent-recorded-1280.png"), full_page=True)
    context.close()
