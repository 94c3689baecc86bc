"""Every privacy control in the page, and the person's own consent link, end to end in Chromium:
the person gives consent on a phone, the admin sees it, withdraws face matching, downloads the
person's data and erases them, each shown without a reload."""

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from playwright.sync_api import Browser, Locator, Page, expect

from .conftest import ADMIN_EMAIL, ADMIN_PASSWORD, REPO, SERVER, Stack, axe_violations
from .test_images_page import BROKEN_WORDS, FIXTURES, sign_in

ARTIFACTS = REPO / "artifacts"
PERSON = "jo.rivers@demo.example.com"
SCENARIO = "Privacy walkthrough"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def add_person_without_consent(stack: Stack) -> None:
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from apps.users.models import User; "
            "from apps.identities.models import Identity; "
            "from apps.test_scenario.models import TestScenario; "
            f"person, _ = User.objects.get_or_create(email='{PERSON}'); "
            f"TestScenario.objects.get_or_create(name='{SCENARIO}', user=person); "
            "Identity.objects.get_or_create(user=person, name='Creative Visionary', "
            "defaults={'category': 'Career', "
            "'i_am_statement': 'I am a creative visionary who builds bold things.'})",
        ],
        cwd=SERVER,
        env=stack.env,
        check=True,
    )


def back_in_focus(page: Page) -> None:
    """What the browser tells a tab when the person comes back to it."""
    page.bring_to_front()
    page.evaluate("window.dispatchEvent(new Event('visibilitychange'))")


def fits_a_phone(page: Page, what: str) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], what
    assert page.evaluate(BROKEN_WORDS) == [], f"{what}: a word breaks across lines"


def shoot(page: Page, element: Locator, name: str) -> None:
    """A picture of `element` as laid out on the whole page, so the page's sticky bar, which
    follows the scroll, does not cover it."""
    box = element.bounding_box()
    assert box is not None, name
    top = box["y"] + page.evaluate("window.scrollY")
    clip = {"x": box["x"], "y": top, "width": box["width"], "height": box["height"]}
    page.screenshot(path=str(ARTIFACTS / name), full_page=True, clip=clip)  # type: ignore[arg-type]


def privacy_panel(page: Page) -> Locator:
    return page.get_by_role("region", name=re.compile(r"^Privacy: "))


def test_the_person_consents_through_their_link_and_the_admin_uses_every_control(
    stack: Stack, browser: Browser, tmp_path: Path
) -> None:
    add_person_without_consent(stack)
    ARTIFACTS.mkdir(exist_ok=True)
    admin = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    page = admin.new_page()
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    page.goto(f"{stack.url}/images")
    page.get_by_label("Generate for").select_option(label=f"{SCENARIO} ({PERSON})")
    panel = privacy_panel(page)
    expect(panel.get_by_text("No consent recorded: no photo can be added yet.")).to_be_visible()
    page.evaluate("window.notReloaded = true")  # gone if anything below reloads the page

    panel.get_by_role("button", name="Send consent link").click()
    address = panel.get_by_label(re.compile(r"^Consent link"))
    expect(address).to_have_value(re.compile(rf"^{re.escape(stack.url)}/consent/[\w-]{{40,}}$"))
    expect(panel.get_by_text(re.compile(r"Works until"))).to_be_visible()
    link = address.input_value()

    # The person, on their phone, signed out.
    person = browser.new_context(viewport=PHONE)
    phone = person.new_page()
    phone.goto(link)
    title = phone.get_by_role("heading", level=1, name="Your photos and your consent")
    expect(title).to_be_visible()
    expect(phone.get_by_text("Notice version")).to_be_visible()
    boxes = phone.get_by_role("checkbox")
    expect(boxes).to_have_count(2)
    for box in boxes.all():
        expect(box).not_to_be_checked()
    expect(phone.get_by_role("button", name="Sign in")).to_have_count(0)
    phone.wait_for_load_state("networkidle")
    assert axe_violations(phone) == [], "the consent link page"
    fits_a_phone(phone, "the consent link page")
    phone.screenshot(path=str(ARTIFACTS / "consent-link-390.png"), full_page=True)

    for box in boxes.all():
        box.check()
    phone.get_by_label("Your full name, as your signature").fill("Jo Rivers")
    phone.get_by_role("button", name="Agree").click()
    expect(phone.get_by_text("Thank you: your consent is recorded.")).to_be_visible()
    recorded = phone.get_by_role("region", name="What you agree to now")
    expect(recorded).to_contain_text("given by you")
    expect(recorded.get_by_role("button", name="Withdraw all my consent…")).to_be_visible()
    assert axe_violations(phone) == [], "the consent link page, consent given"
    fits_a_phone(phone, "the consent link page, consent given")
    phone.screenshot(path=str(ARTIFACTS / "consent-link-given-390.png"), full_page=True)
    phone.set_viewport_size(DESKTOP)
    phone.screenshot(path=str(ARTIFACTS / "consent-link-given-1280.png"), full_page=True)

    # The admin's tab, back in focus, shows it.
    back_in_focus(page)
    given = panel.get_by_text(re.compile(r"^Given by the person on .*, signed “Jo Rivers”$"))
    expect(given).to_be_visible()
    panel.get_by_text(re.compile(r"^History \(")).click()
    both = "Recorded: sending photos to the provider and face matching"
    expect(panel.get_by_text(both)).to_be_visible()

    # A poster; offline it is drawn from the photo itself, so with face matching in force its
    # likeness says it is no measure.
    page.get_by_label("Upload photo 1").set_input_files(str(FIXTURES / "astronaut.png"))
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=20_000)
    page.get_by_label("Choose an identity").select_option(label="Creative Visionary — Career")
    page.get_by_label("Resolution").select_option("1K")
    page.get_by_role("button", name="Generate Image").click()
    result = page.get_by_role("region", name="Generated image")
    expect(result.get_by_alt_text(re.compile("^Generated poster"))).to_be_visible(timeout=60_000)
    likeness = result.get_by_text("Not a measure: the poster is drawn from the photo itself.")
    expect(likeness).to_be_visible()
    shoot(page, panel, "privacy-panel-1280.png")
    page.set_viewport_size(PHONE)
    fits_a_phone(page, "the Images page with the Privacy panel")
    shoot(page, panel, "privacy-panel-390.png")
    page.set_viewport_size(DESKTOP)

    panel.get_by_role("button", name="Withdraw face matching…").click()
    confirm = page.get_by_role("alertdialog", name="Withdraw face matching?")
    expect(confirm).to_contain_text("likeness scores of their posters are deleted now")
    confirm.get_by_role("button", name="Withdraw", exact=True).click()
    expect(likeness).to_have_count(0)
    unscored = "Face matching is off for this person, so nothing was compared."
    expect(result.get_by_text(unscored)).to_be_visible()
    in_force = panel.get_by_role("definition").filter(
        has_text=re.compile(r"^sending photos to the provider$")
    )
    expect(in_force).to_be_visible()

    with page.expect_download() as download:
        panel.get_by_role("link", name="Download their data").click()
    archive_path = tmp_path / download.value.suggested_filename
    download.value.save_as(archive_path)
    assert archive_path.name.startswith("personal-data-")
    assert archive_path.suffix == ".zip"
    with zipfile.ZipFile(archive_path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        listed = manifest["files"]
        assert sorted(archive.namelist()) == sorted([e["path"] for e in listed] + ["manifest.json"])
        for entry in listed:
            data = archive.read(entry["path"])
            assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"])
        kinds = {entry["kind"] for entry in listed}
    assert {"reference_photo", "poster", "consent_history", "audit_events"} <= kinds, kinds

    panel.get_by_role("button", name="Erase this person…").click()
    erase = page.get_by_role("alertdialog", name=re.compile(r"^Erase"))
    expect(erase.get_by_role("button", name="Erase this person")).to_be_disabled()
    erase.get_by_label(re.compile("type their e-mail address")).fill(PERSON)
    erase.get_by_role("button", name="Erase this person").click()
    report = panel.get_by_role("status").filter(has_text="was erased.")
    expect(report).to_be_visible()
    expect(report).to_contain_text("1 reference photo")
    expect(report).to_contain_text(re.compile(r"\d+ files? removed from storage"))
    expect(report).to_contain_text("Nothing is left for the storage sweep.")
    expect(panel.get_by_text("No consent recorded: no photo can be added yet.")).to_be_visible()
    expect(page.get_by_alt_text("Reference photo 1")).to_have_count(0)
    assert page.evaluate("window.notReloaded") is True, "the page was reloaded"
    shoot(page, panel, "privacy-erased-1280.png")

    # The link was erased with the rest: it opens as any dead link does.
    phone.reload()
    dead = phone.get_by_role("heading", name="This link has expired; ask for a new one")
    expect(dead).to_be_visible()
    assert axe_violations(phone) == [], "the expired link page"
    phone.set_viewport_size(PHONE)
    fits_a_phone(phone, "the expired link page")
    phone.screenshot(path=str(ARTIFACTS / "consent-link-expired-390.png"), full_page=True)

    # The poster in the address went with the erasure: its 404 is expected, nothing else.
    assert [e for e in console_errors if "status of 404" not in e] == []
    person.close()
    admin.close()
