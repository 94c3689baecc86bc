"""Guards an admin meets on the Images page: one paid job per click, no poster without a face,
the current poster marked, the page kept across navigation, and names in every script drawn."""

import json
import subprocess
import sys

from PIL import Image
from playwright.sync_api import Browser, Page, expect

from .conftest import ADMIN_EMAIL, ADMIN_PASSWORD, SERVER, Stack
from .test_images_page import ARTIFACTS, FIXTURES, sign_in


def open_person(page: Page, stack: Stack, label: str) -> None:
    page.goto(f"{stack.url}/images")
    page.get_by_label("Generate for").select_option(label=label)


def jobs_of(page: Page, identity_id: str) -> list[dict]:
    answer = page.request.get(f"/api/v1/image-generation/jobs/?identity_id={identity_id}")
    assert answer.ok, answer.text()
    return answer.json()["results"]


def test_a_double_click_makes_one_job_and_photos_without_a_face_are_not_sent(
    stack: Stack, browser: Browser
) -> None:
    context = browser.new_context(base_url=stack.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    open_person(page, stack, "Returning athlete (ingrid.larsen@demo.example.com)")
    page.get_by_label("Choose an identity").select_option(label="Comeback Champion — Sport")
    page.get_by_label("Resolution").select_option("1K")

    page.get_by_label("Upload photo 1").set_input_files(str(FIXTURES / "coffee.png"))
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=20_000)
    generate = page.get_by_role("button", name="Generate Image")
    expect(page.get_by_text("No photo of this person shows a face")).to_be_visible()
    expect(generate).to_be_disabled()

    page.get_by_label("Upload photo 2").set_input_files(str(FIXTURES / "astronaut.png"))
    expect(page.get_by_alt_text("Reference photo 2")).to_be_visible(timeout=20_000)
    expect(page.get_by_text("1 of 2 photos show no face and will not be sent")).to_be_visible()
    expect(generate).to_be_enabled()

    generate.dblclick()
    poster = page.get_by_alt_text("Generated poster for the identity Comeback Champion")
    expect(poster).to_be_visible(timeout=60_000)
    identity_id = page.evaluate("new URL(location.href).searchParams.get('identity')")
    [job] = jobs_of(page, identity_id)
    photos = page.request.get(f"/api/v1/reference-images/?user_id={job['user']}").json()
    assert job["reference_image_ids"] == [p["id"] for p in photos if p["sent_with_posters"]]
    assert len(photos) == 2

    # A second poster; then the first is saved: the identity shows it, the second can be saved.
    page.get_by_role("button", name="Regenerate").click()
    page.wait_for_url(lambda url: f"job={job['id']}" not in url)
    expect(poster).to_be_visible(timeout=60_000)
    first, second = jobs_of(page, identity_id)[1], jobs_of(page, identity_id)[0]
    page.goto(f"{stack.url}/images?user={job['user']}&identity={identity_id}&job={first['id']}")
    page.get_by_role("button", name="Save to Identity").click()
    expect(page.get_by_role("button", name="Saved to identity")).to_be_visible()
    history = page.get_by_role("region", name="History")
    expect(history.get_by_text("Current")).to_have_count(1)
    page.goto(f"{stack.url}/images?user={job['user']}&identity={identity_id}&job={second['id']}")
    expect(page.get_by_role("button", name="Save to Identity")).to_be_enabled()

    # The Images link brings the admin back to this person, identity and poster.
    page.get_by_role("link", name="Home").click()
    expect(page.get_by_role("heading", name="Your identities")).to_be_visible()
    page.get_by_role("link", name="Images").click()
    expect(page.get_by_label("Choose an identity")).to_have_value(identity_id)
    expect(page.get_by_role("button", name="Save to Identity")).to_be_enabled()
    assert f"job={second['id']}" in page.url
    context.close()


def test_an_arabic_identity_name_is_drawn_with_real_glyphs(stack: Stack, browser: Browser) -> None:
    context = browser.new_context(base_url=stack.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    open_person(page, stack, "Coach across languages (mariam.haddad@demo.example.com)")
    page.get_by_label("Upload photo 1").set_input_files(str(FIXTURES / "astronaut.png"))
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=20_000)
    page.get_by_label("Choose an identity").select_option(label="قائدة ملهمة — Leadership")
    page.get_by_label("Aspect ratio").select_option("2:3")
    page.get_by_label("Resolution").select_option("1K")
    page.get_by_role("button", name="Generate Image").click()
    expect(page.get_by_alt_text("Generated poster for the identity قائدة ملهمة")).to_be_visible(
        timeout=60_000
    )

    with page.expect_download() as download:
        page.get_by_role("link", name="Download", exact=True).click()
    saved = ARTIFACTS / "poster-arabic-name.jpg"
    download.value.save_as(saved)
    assert download.value.suggested_filename.startswith("mariam-haddad_identity_")
    with Image.open(saved) as poster:
        assert poster.size == (848, 1264)
        assert poster.getbbox() is not None  # not blank
    # The poster's text, checked glyph by glyph against the fonts it was drawn with: each
    # letter of the name is in its font's character map and is not the missing-glyph box.
    check = subprocess.run(
        [sys.executable, "-c", GLYPH_CHECK, "قائدة ملهمة أنا قائدة تلهم فريقها كل يوم."],
        cwd=SERVER,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(check.stdout) == {"boxes": [], "uncovered": []}
    context.close()


GLYPH_CHECK = """
import json, sys
from PIL import ImageFont
from services.image_generation.poster_text import FontFace, Paragraph, TITLE_FACES
text = sys.argv[1]
paragraph = Paragraph.of(text, TITLE_FACES)
boxes, uncovered = [], []
for word in paragraph.words:
    for run in word:
        font = ImageFont.truetype(str(run.face.path), 48)
        box = bytes(font.getmask("\\u0378"))
        for char in run.text.replace(" ", ""):
            if not run.face.covers(char):
                uncovered.append(char)
            elif bytes(font.getmask(char)) == box:
                boxes.append(char)
print(json.dumps({"boxes": boxes, "uncovered": uncovered}))
"""
