"""Several reference photos from one choice, and a stray drop that must not leave the page."""

from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, expect

from .conftest import Stack
from .test_images_page import ARTIFACTS, FIXTURES, admin_page


def portrait(tmp_path: Path, name: str, fmt: str) -> Path:
    path = tmp_path / name
    Image.open(FIXTURES / "astronaut.png").convert("RGB").resize((600, 800)).save(path, format=fmt)
    return path


def test_two_photos_chosen_at_once_fill_the_free_slots_in_order(
    stack: Stack, browser: Browser, tmp_path: Path
) -> None:
    context, page, console_errors = admin_page(stack, browser)
    page.goto(f"{stack.url}/images")
    expect(page.get_by_alt_text("Reference photo 1")).to_be_visible()  # the admin's demo photo

    page.get_by_label("Upload photo 2").set_input_files(
        [portrait(tmp_path, "left.jpg", "JPEG"), portrait(tmp_path, "right.png", "PNG")]
    )
    second = page.get_by_role("listitem", name="Reference photo slot 2")
    third = page.get_by_role("listitem", name="Reference photo slot 3")
    expect(second.get_by_alt_text("Reference photo 2")).to_be_visible(timeout=30_000)
    expect(third.get_by_alt_text("Reference photo 3")).to_be_visible(timeout=30_000)
    expect(second.get_by_text("left.jpg")).to_be_visible()
    expect(third.get_by_text("right.png")).to_be_visible()
    expect(page.get_by_label("Upload photo 4")).to_be_attached()  # nothing beyond the two

    page.get_by_text("What makes a good reference photo?").click()
    page.screenshot(path=str(ARTIFACTS / "images-several-photos-1280.png"), full_page=True)

    # A file dropped outside the slots: the page cancels the browser's default (opening it).
    url = page.url
    not_cancelled = page.evaluate(
        """() => {
            const data = new DataTransfer();
            data.items.add(new File(['not opened'], 'stray.jpg', { type: 'image/jpeg' }));
            const target = document.querySelector('#settings-heading');
            const fire = (type) => target.dispatchEvent(
                new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
            return [fire('dragover'), fire('drop')];
        }"""
    )
    assert not_cancelled == [False, False]
    page.wait_for_timeout(300)
    assert page.url == url
    expect(page.get_by_role("heading", name="Settings")).to_be_visible()
    expect(page.get_by_label("Upload photo 4")).to_be_attached()

    assert console_errors == []
    context.close()
