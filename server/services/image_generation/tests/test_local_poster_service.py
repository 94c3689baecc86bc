# ruff: noqa: RUF001 (names in Greek, Cyrillic and with curly quotes are the point)
import contextlib
import dataclasses
import hashlib
import io
import logging
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageStat, features

from services.image_generation import (
    PIXEL_SIZES,
    ImageGenerationError,
    LocalPosterService,
    ReferencePhoto,
    SendingWithheld,
    TokenUsage,
    local_service,
    pixel_size,
    poster_text,
)
from services.image_generation.contrast import contrast_ratio, relative_luminance
from services.image_generation.local_service import layout_for, readable_colour
from services.image_generation.poster_text import BODY_FACES, TITLE_FACES, FontFace, Paragraph

from .conftest import jpeg_reference

TITLE = "Marathon Finisher"
TAGLINE = "I am someone who trains every morning and finishes what I start."
# Titles and taglines in six scripts, with what has no glyph (emoji) among them.
NAMES = [
    ("Zoë’s Café — Pioneer 🚀", "I’m the one who opens at dawn — «every» day."),
    ("Ελένη Παπαδοπούλου", "Είμαι κάποια που δεν σταματά ποτέ να μαθαίνει."),
    ("Анна Каренина", "Я человек, который доводит дело до конца."),
    ("مريم الحسيني", "أنا شخص يتدرب كل صباح وينهي ما يبدأه."),
    ("נועה לוי", "אני מישהי שמסיימת את מה שהיא מתחילה."),
    ("Straße 👩‍💻 Coder", "Every morning 🌅 I run ❤️ far."),
]
EMOJI = "🚀👩💻🌅❤"
RATIOS = ["2:3", "1:1", "9:16", "16:9", "21:9", "4:5", "3:2"]
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
NOT_IN_ANY_FONT = "\ue000"  # private use: every font draws its missing-glyph box


def poster(references: list[ReferencePhoto], **kwargs: Any):
    options: dict[str, Any] = {
        "aspect_ratio": "2:3",
        "resolution": "1K",
        "title": TITLE,
        "tagline": TAGLINE,
    }
    options.update(kwargs)
    return LocalPosterService().generate_image(prompt="ignored", references=references, **options)


def pixels(**kwargs: Any) -> Image.Image:
    with Image.open(io.BytesIO(poster(**kwargs).data)) as opened:
        return opened.convert("RGB")


def mean_difference(first: Image.Image, second: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3


@pytest.fixture
def one_design(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make every poster use the design of one key and seed, whatever its title."""
    original = local_service._design

    def fix(key: str = "fixed", variation: int = 0, **changes: Any) -> None:
        design = dataclasses.replace(original(key, variation), **changes)
        monkeypatch.setattr(local_service, "_design", lambda _key, _variation: design)

    return fix


@pytest.fixture
def drawn_text(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ImageFont.FreeTypeFont, float]]:
    """Every text the poster draws, with its font and x, as ImageDraw is asked to draw it."""
    calls: list[tuple[str, ImageFont.FreeTypeFont, float]] = []
    original = ImageDraw.ImageDraw.text

    def spy(self: ImageDraw.ImageDraw, xy: Any, text: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append((text, kwargs["font"], xy[0]))
        return original(self, xy, text, *args, **kwargs)

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", spy)
    return calls


@contextlib.contextmanager
def _without_raqm() -> Iterator[None]:
    """Pillow as if built without raqm."""
    poster_text.layout_engine.cache_clear()
    original = features.check_feature
    features.check_feature = lambda feature: False if feature == "raqm" else original(feature)
    try:
        yield
    finally:
        features.check_feature = original
        poster_text.layout_engine.cache_clear()


@pytest.fixture
def basic_layout() -> Iterator[None]:
    with _without_raqm():
        yield


@pytest.mark.parametrize(
    ("aspect_ratio", "resolution"),
    [("1:1", "1K"), ("2:3", "2K"), ("16:9", "1K"), ("21:9", "2K"), ("9:16", "1K"), ("4:5", "4K")],
)
def test_poster_has_exactly_the_gemini_pixel_size(
    astronaut: ReferencePhoto, aspect_ratio: str, resolution: str
) -> None:
    image = poster([astronaut], aspect_ratio=aspect_ratio, resolution=resolution)

    with Image.open(io.BytesIO(image.data)) as opened:
        assert opened.format == "JPEG"
        assert opened.size == pixel_size(aspect_ratio, resolution)
    assert (image.width, image.height) == pixel_size(aspect_ratio, resolution)
    assert image.mime_type == "image/jpeg"
    assert image.usage == TokenUsage()
    assert image.model_version == "local-poster-v1"
    assert image.attempts == 1


def test_may_send_is_asked_once_and_no_poster_is_drawn_when_it_says_no(
    astronaut: ReferencePhoto,
) -> None:
    asked: list[bool] = []

    def may_send() -> bool:
        asked.append(True)
        return False

    with pytest.raises(SendingWithheld) as caught:
        LocalPosterService().generate_image(
            prompt="p",
            references=[astronaut],
            aspect_ratio="1:1",
            resolution="1K",
            may_send=may_send,
        )

    assert asked == [True]
    assert caught.value.attempts == 0


def test_same_input_gives_the_same_bytes(astronaut: ReferencePhoto) -> None:
    first = poster([astronaut])
    second = poster([astronaut])

    assert hashlib.sha256(first.data).digest() == hashlib.sha256(second.data).digest()


def test_a_different_title_gives_a_different_poster(astronaut: ReferencePhoto) -> None:
    assert poster([astronaut]).data != poster([astronaut], title="Calm Under Fire").data


def test_palette_comes_from_the_title(astronaut: ReferencePhoto) -> None:
    def corner(title: str) -> tuple[int, ...]:
        with Image.open(io.BytesIO(poster([astronaut], title=title).data)) as opened:
            return opened.convert("RGB").getpixel((2, 2))

    assert corner("Calm Under Fire") != corner(TITLE)


def test_the_face_is_used_when_a_reference_has_a_face_box(astronaut: ReferencePhoto) -> None:
    without_box = ReferencePhoto(astronaut.jpeg, astronaut.width, astronaut.height, None)
    later_with_box = [jpeg_reference("coffee.png"), astronaut]

    assert poster([without_box]).data != poster([astronaut]).data
    assert poster(later_with_box).data == poster([astronaut]).data


def test_of_several_faces_the_largest_is_used(astronaut: ReferencePhoto) -> None:
    x, y, w, h = astronaut.face_box or (0, 0, 0, 0)
    smaller = dataclasses.replace(astronaut, face_box=(x + 10, y + 10, w // 2, h // 2))

    assert poster([smaller, astronaut]).data == poster([astronaut]).data
    assert poster([smaller, astronaut]).data != poster([smaller]).data


def test_works_without_references_and_with_an_empty_tagline() -> None:
    image = poster([], tagline="", title="")

    assert (image.width, image.height) == (848, 1264)


def test_a_very_long_title_still_fits(astronaut: ReferencePhoto) -> None:
    image = poster([astronaut], title="Extraordinarily " * 12 + "Supercalifragilistic")

    assert (image.width, image.height) == (848, 1264)


def test_an_unknown_ratio_is_a_bad_request(astronaut: ReferencePhoto) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        poster([astronaut], aspect_ratio="1:4")

    assert caught.value.code == "bad_request"


# Fonts and scripts


def _glyph(font: ImageFont.FreeTypeFont, char: str) -> tuple[tuple[int, int], bytes]:
    mask = font.getmask(char)
    return mask.size, bytes(mask)


@pytest.mark.parametrize(("title", "tagline"), NAMES)
def test_every_character_drawn_has_a_glyph_in_its_font_and_emoji_are_dropped(
    astronaut: ReferencePhoto,
    drawn_text: list[tuple[str, ImageFont.FreeTypeFont, float]],
    title: str,
    tagline: str,
) -> None:
    poster([astronaut], title=title, tagline=tagline)

    drawn = "".join(text for text, _font, _x in drawn_text)
    for text, font, _x in drawn_text:
        face = FontFace(Path(str(font.path)).name)
        box = _glyph(font, NOT_IN_ANY_FONT)
        for char in text.replace(" ", ""):
            assert face.covers(char), (char, face.file_name)  # the font's cmap has it
            assert _glyph(font, char) != box, (char, face.file_name)  # and it is no box
    assert not set(EMOJI) & set(drawn)
    # Nothing else was lost: every letter of the name (upper-cased) and tagline was drawn.
    expected = unicodedata.normalize("NFC", poster_text._upper(title) + tagline)
    assert {c for c in expected if c.isalpha()} <= set(drawn)


def test_a_dropped_emoji_leaves_no_double_space() -> None:
    paragraph = Paragraph.of("Run 🏃‍♀️ far 🌅", BODY_FACES)

    assert paragraph.text == "Run far"


def test_upper_case_keeps_scripts_without_case_and_sets_greek_capitals_unaccented() -> None:
    assert Paragraph.of("مريم נועה", TITLE_FACES, upper=True).text == "مريم נועה"
    assert Paragraph.of("Straße", TITLE_FACES, upper=True).text == "STRASSE"
    assert Paragraph.of("Ελένη", TITLE_FACES, upper=True).text == "ΕΛΕΝΗ"


def test_the_text_differs_from_a_poster_whose_one_font_falls_back_to_boxes(
    astronaut: ReferencePhoto, monkeypatch: pytest.MonkeyPatch, one_design: Callable[..., None]
) -> None:
    one_design()
    name, tagline = "مريم الحسيني", "נועה לוי"
    shaped = pixels(references=[astronaut], title=name, tagline=tagline)

    class Everything(FontFace):
        def covers(self, char: str) -> bool:
            return True

    latin_only = (Everything("NotoSans-Bold.ttf"),)
    monkeypatch.setattr(local_service, "TITLE_FACES", latin_only)
    monkeypatch.setattr(local_service, "BODY_FACES", latin_only)
    boxes = pixels(references=[astronaut], title=name, tagline=tagline)

    text_box = layout_for(848, 1264, local_service._design("", 0)).text
    assert mean_difference(shaped.crop(text_box), boxes.crop(text_box)) > 3
    assert shaped.crop((0, 0, 848, 500)) == boxes.crop((0, 0, 848, 500))  # the rest is alike


def test_arabic_is_shaped_and_set_right_to_left(
    astronaut: ReferencePhoto,
    drawn_text: list[tuple[str, ImageFont.FreeTypeFont, float]],
    one_design: Callable[..., None],
) -> None:
    assert features.check("raqm")
    font = ImageFont.truetype(str(TITLE_FACES[1].path), 100, layout_engine=ImageFont.Layout.RAQM)
    word = "مريم"
    # Joined letters take other (narrower) forms than the same letters alone.
    assert font.getlength(word) < sum(font.getlength(letter) for letter in word) - 10

    one_design(align="start")
    shaped = pixels(references=[astronaut], title="مريم الحسيني", tagline="")

    (first, _, first_x), (second, _, second_x) = drawn_text
    assert (first, second) == ("الحسيني", "مريم")  # the first word is drawn on the right
    text_box = layout_for(848, 1264, local_service._design("", 0)).text
    assert first_x < second_x
    assert second_x > (text_box[0] + text_box[2]) / 2  # set from the right
    with _without_raqm():
        unshaped = pixels(references=[astronaut], title="مريم الحسيني", tagline="")
    assert mean_difference(shaped.crop(text_box), unshaped.crop(text_box)) > 1


def test_without_raqm_the_basic_layout_is_used_and_said_once(
    astronaut: ReferencePhoto, basic_layout: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=poster_text.__name__):
        poster([astronaut], title="مريم الحسيني", tagline="נועה לוי")
        poster([astronaut], title="Ελένη", tagline="Анна")

    assert poster_text.layout_engine() == ImageFont.Layout.BASIC
    assert [record.message.split(":")[0] for record in caplog.records] == [
        "Pillow was built without libraqm"
    ]


# Layouts, contrast, the photo


def _changed(first: Image.Image, second: Image.Image) -> np.ndarray:
    """Where the two differ clearly (not by JPEG's noise), as a boolean mask."""
    difference = np.abs(np.asarray(first, dtype=np.int16) - np.asarray(second, dtype=np.int16))
    mask: np.ndarray = difference.sum(axis=2) > 120
    return mask


def _tallest_line(mask: np.ndarray) -> int:
    """The most rows in a row of rows with a change: the height of the tallest text line."""
    tallest = run = 0
    for row_changed in mask.any(axis=1):
        run = run + 1 if row_changed else 0
        tallest = max(tallest, run)
    return tallest


@pytest.mark.parametrize("aspect_ratio", RATIOS)
@pytest.mark.parametrize("mirrored", [False, True])
def test_every_layout_draws_the_title_at_a_readable_size_inside_its_text_box(
    astronaut: ReferencePhoto, one_design: Callable[..., None], aspect_ratio: str, mirrored: bool
) -> None:
    one_design(mirrored=mirrored)
    width, height = pixel_size(aspect_ratio, "1K")
    text_box = layout_for(width, height, local_service._design("", 0)).text

    for title, _tagline in NAMES:
        with_title = pixels(
            references=[astronaut], aspect_ratio=aspect_ratio, title=title, tagline=""
        )
        without = pixels(references=[astronaut], aspect_ratio=aspect_ratio, title="", tagline="")
        changed = _changed(with_title, without)

        rows, columns = np.nonzero(changed)
        assert len(rows) > 0, title
        assert _tallest_line(changed) >= 0.028 * min(width, height), title  # cap height at least
        assert columns.min() >= text_box[0] - 2, title
        assert columns.max() <= text_box[2] + 2, title
        assert rows.min() >= text_box[1] - 2, title
        assert rows.max() <= text_box[3] + 2, title


def test_layouts_follow_the_shape_of_the_poster() -> None:
    design = local_service._design("", 0)

    assert {
        ratio: layout_for(*pixel_size(ratio, "1K"), design).name
        for ratio in ("9:16", "2:3", "4:5", "1:1", "16:9", "21:9")
    } == {
        "9:16": "tall",
        "2:3": "portrait",
        "4:5": "portrait",
        "1:1": "square",
        "16:9": "landscape",
        "21:9": "wide",
    }
    tall, portrait = layout_for(768, 1376, design), layout_for(848, 1264, design)
    assert (tall.panel[3] - tall.panel[1]) / 1376 > (portrait.panel[3] - portrait.panel[1]) / 1264


def test_contrast_ratio_is_wcag_2s() -> None:
    assert contrast_ratio((255, 255, 255), (0, 0, 0)) == pytest.approx(21)
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert relative_luminance((255, 0, 0)) == pytest.approx(0.2126)
    assert readable_colour((119, 119, 119), [(255, 255, 255)]) != (119, 119, 119)
    assert contrast_ratio(readable_colour((119, 119, 119), [(255, 255, 255)]), WHITE) >= 4.5


def _text_contrast(with_text: Image.Image, without: Image.Image) -> float:
    """The contrast of the drawn text's colour (the median of its most changed pixels) with
    the worst of the colours behind it (the same region drawn without the text)."""
    drawn = np.asarray(with_text, dtype=np.int16).reshape(-1, 3)
    behind = np.asarray(without, dtype=np.int16).reshape(-1, 3)
    change = np.abs(drawn - behind).sum(axis=1)
    changed = np.flatnonzero(change > 90)
    assert len(changed) > 100  # the text was drawn
    strongest = changed[np.argsort(change[changed])[-max(20, len(changed) // 3) :]]
    text = tuple(int(v) for v in np.median(drawn[strongest], axis=0))
    colours = {tuple(int(v) for v in colour) for colour in np.unique(behind, axis=0)}
    return min(contrast_ratio(text, colour) for colour in colours)  # type: ignore[arg-type]


# One poster per layout (each sets the text in its own box and sizes), on light and on dark
# panels: what can make the text's contrast differ. More variations of one layout only change
# the hue.
CONTRAST_CASES = [
    pytest.param("9:16", "tall", 2, "light", id="tall-light-panel"),
    pytest.param("2:3", "portrait", 0, "dark", id="portrait-dark-panel"),
    pytest.param("1:1", "square", 7, "light", id="square-light-panel"),
    pytest.param("16:9", "landscape", 6, "dark", id="landscape-dark-panel"),
    pytest.param("21:9", "wide", 0, "dark", id="wide-dark-panel"),
]


@pytest.mark.parametrize(("aspect_ratio", "layout", "variation", "panel"), CONTRAST_CASES)
def test_title_and_tagline_have_aa_contrast_with_what_is_behind_them(
    astronaut: ReferencePhoto,
    one_design: Callable[..., None],
    aspect_ratio: str,
    layout: str,
    variation: int,
    panel: str,
) -> None:
    design = local_service._design("fixed", variation)
    on_white, on_black = contrast_ratio(design.panel, WHITE), contrast_ratio(design.panel, BLACK)
    assert ("light" if on_black > on_white else "dark") == panel
    one_design(variation=variation)
    width, height = pixel_size(aspect_ratio, "1K")
    shape = layout_for(width, height, design)
    assert shape.name == layout
    text_box = shape.text

    def text_area(**texts: str) -> Image.Image:
        drawn = pixels(references=[astronaut], aspect_ratio=aspect_ratio, **texts)
        return drawn.crop(text_box)

    blank = text_area(title="", tagline="")
    assert _text_contrast(text_area(title=TITLE, tagline=""), blank) >= 4.5
    assert _text_contrast(text_area(title="", tagline="Every morning I run"), blank) >= 4.5


@pytest.mark.parametrize(
    ("aspect_ratio", "resolution"), [(r, s) for r in RATIOS for s in ("1K", "4K")]
)
def test_the_photo_is_never_enlarged_more_than_twice(
    astronaut: ReferencePhoto, monkeypatch: pytest.MonkeyPatch, aspect_ratio: str, resolution: str
) -> None:
    scales: list[float] = []
    original = Image.Image.resize

    def spy(self: Image.Image, size: Any, *args: Any, box: Any = None, **kwargs: Any) -> Any:
        if box is not None:  # the photo: a part of the decoded reference
            scales.append(max(size[0] / (box[2] - box[0]), size[1] / (box[3] - box[1])))
        return original(self, size, *args, box=box, **kwargs)

    monkeypatch.setattr(Image.Image, "resize", spy)
    design = local_service._design(TITLE, 0)
    width, height = PIXEL_SIZES[aspect_ratio][resolution]
    area = local_service._inset(layout_for(width, height, design).photo)

    placement = local_service.place_photo(astronaut, area)
    poster([astronaut], aspect_ratio=aspect_ratio, resolution=resolution)

    assert len(scales) == 1
    assert scales[0] <= 2.0 + 1e-6
    assert placement.scale <= 2.0 + 1e-6
    left, top, right, bottom = placement.box
    assert left >= area[0]
    assert top >= area[1]
    assert right <= area[2]
    assert bottom <= area[3]
    # As large as the area or twice the reference, whichever comes first.
    assert (
        placement.scale > 1.9
        or right - left >= (area[2] - area[0]) * 0.95
        or (bottom - top >= (area[3] - area[1]) * 0.95)
    )


# The variation seed


def test_another_seed_gives_a_visibly_different_poster(astronaut: ReferencePhoto) -> None:
    first = poster([astronaut], variation=1)
    second = poster([astronaut], variation=2)

    assert first.data != second.data
    assert (
        mean_difference(
            pixels(references=[astronaut], variation=1), pixels(references=[astronaut], variation=2)
        )
        > 5
    )


def test_the_same_seed_gives_the_same_bytes(astronaut: ReferencePhoto) -> None:
    assert poster([astronaut], variation=7).data == poster([astronaut], variation=7).data
    assert poster([astronaut]).data == poster([astronaut], variation=0).data


def test_the_seed_chooses_the_palette_and_the_layouts_variant() -> None:
    designs = [local_service._design(TITLE, seed) for seed in range(12)]

    assert len({design.panel for design in designs}) == 12
    assert {design.mirrored for design in designs} == {False, True}
    assert {design.align for design in designs} == {"start", "centre"}
    assert {design.decoration for design in designs} == {0, 1, 2}
