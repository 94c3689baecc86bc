"""The admin's Images tab, end to end in Chromium, against the real server and worker."""

import io
import re
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import ADMIN_EMAIL, ADMIN_PASSWORD, REPO, SERVER, Stack

ARTIFACTS = REPO / "artifacts"
FIXTURES = SERVER / "fixtures" / "images"


def sign_in(page: Page, stack: Stack, email: str, password: str) -> None:
    page.goto(f"{stack.url}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def admin_page(stack: Stack, browser: Browser) -> tuple[BrowserContext, Page, list[str]]:
    """A signed-in admin's page at 1280 px, and the console errors it logs."""
    console_errors: list[str] = []
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on(
        "console",
        lambda message: console_errors.append(message.text) if message.type == "error" else None,
    )
    sign_in(page, stack, ADMIN_EMAIL, ADMIN_PASSWORD)
    return context, page, console_errors


def sideways_photo(tmp_path: Path) -> Path:
    """A landscape-stored photo whose EXIF orientation 6 says: turn it to portrait."""
    portrait = Image.open(FIXTURES / "astronaut.png").convert("RGB").resize((600, 900))
    stored = portrait.transpose(Image.Transpose.ROTATE_90)  # 900 x 600 pixels on disk
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "sideways.jpg"
    buffer = io.BytesIO()
    stored.save(buffer, format="JPEG", exif=exif.tobytes())
    path.write_bytes(buffer.getvalue())
    return path


def natural_size(page: Page, alt: str) -> tuple[int, int]:
    image = page.get_by_alt_text(alt)
    expect(image).to_be_visible()
    page.wait_for_function(
        "alt => { const i = document.querySelector(`img[alt='${alt}']`); "
        "return i && i.complete && i.naturalWidth > 0; }",
        arg=alt,
    )
    return tuple(image.evaluate("i => [i.naturalWidth, i.naturalHeight]"))  # type: ignore[return-value]


def test_admin_makes_a_poster_for_a_test_user(
    stack: Stack, browser: Browser, tmp_path: Path
) -> None:
    context, page, console_errors = admin_page(stack, browser)

    started = time.monotonic()
    page.goto(f"{stack.url}/images")
    expect(page.get_by_label("Generate for")).to_be_visible()
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible()  # the admin's demo photo
    print(f"\nnavigation to an interactive Images page: {time.monotonic() - started:.2f} s")

    page.get_by_label("Generate for").select_option(
        label="New coach, first month (maya.okafor@demo.example.com)"
    )
    expect(page.get_by_text("Posters for: New coach, first month")).to_be_visible()

    page.get_by_label("Upload photo 1").set_input_files(str(FIXTURES / "astronaut.png"))
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=20_000)
    page.get_by_label("Upload photo 2").set_input_files(str(sideways_photo(tmp_path)))
    width, height = natural_size(page, "Reference photo 2")
    assert height > width, "the EXIF-rotated photo is shown upright"

    page.get_by_label("Choose an identity").select_option(label="Creative Visionary — Career")
    page.get_by_label("Resolution").select_option("1K")
    page.get_by_role("button", name="Generate Image").click()
    poster = page.get_by_alt_text("Generated poster for the identity Creative Visionary")
    expect(poster).to_be_visible(timeout=60_000)
    assert "job=" in page.url
    # The offline poster is drawn from the photos themselves: its likeness is no measure.
    result = page.get_by_role("region", name="Generated image")
    expect(
        result.get_by_text("Not a measure: the poster is drawn from the photo itself.")
    ).to_be_visible()
    expect(result.get_by_text(re.compile(r"^Likeness \d+ %"))).to_have_count(0)

    page.get_by_role("button", name="Save to Identity").click()
    expect(page.get_by_role("button", name="Saved to identity")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "images-1280.png"), full_page=True)
    assert page.evaluate(CUT_OFF_CHOICES) == [], "a closed select cuts its choice off"

    page.reload()
    expect(poster).to_be_visible(timeout=20_000)
    expect(page.get_by_role("heading", name="History")).to_be_visible()

    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "images-390.png"), full_page=True)
    # Nothing is wider than a phone: a long e-mail wraps inside its card.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(BROKEN_WORDS) == [], "a word of a control or heading breaks across lines"
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("button", name="Delete photo 2").click()
    page.get_by_role("button", name="Delete photo", exact=True).click()
    expect(page.get_by_label("Upload photo 2")).to_be_attached()
    expect(page.get_by_alt_text("Reference photo 2")).to_have_count(0)

    assert console_errors == []
    context.close()


def test_member_does_not_see_images(stack: Stack, browser: Browser) -> None:
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from apps.users.models import User; "
            "User.objects.filter(email='member@example.com').exists() or "
            "User.objects.create_user('member@example.com', 'member-password-1')",
        ],
        cwd=SERVER,
        env=stack.env,
        check=True,
    )
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, stack, "member@example.com", "member-password-1")

    expect(page.get_by_role("link", name="Images")).to_have_count(0)
    page.goto(f"{stack.url}/images")
    expect(page.get_by_role("heading", name="Admins only")).to_be_visible()
    context.close()


# Every word inside a visible button, link, label or heading that is drawn on more than one line
# (a control squeezed until "Replace" reads "Replac / e", an e-mail cut as "example.c / om").
BROKEN_WORDS = """
() => {
  const broken = [];
  for (const element of document.querySelectorAll('button, a, label, h1, h2, h3, summary')) {
    if (!element.checkVisibility()) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        if (range.getClientRects().length > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}
"""


# The choice each visible select shows, where the select is narrower than the same select
# holding only that choice at its natural width: the person's e-mail cut to "...example.co".
CUT_OFF_CHOICES = """
() => {
  const cut = [];
  for (const select of document.querySelectorAll('select')) {
    if (!select.checkVisibility() || select.selectedIndex < 0) continue;
    const alone = select.cloneNode(false);
    alone.append(select.options[select.selectedIndex].cloneNode(true));
    alone.style.width = 'auto';
    alone.style.maxWidth = 'none';
    alone.style.position = 'absolute';
    document.body.append(alone);
    if (alone.offsetWidth > select.offsetWidth) cut.push(alone.options[0].text);
    alone.remove();
  }
  return cut;
}
"""
