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
from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps, ImageStat, features

from services.faces import detect_faces
from services.image_generation import (
    CANDIDATE_SEED_STRIDE,
    PIXEL_SIZES,
    ImageGenerationError,
    LocalPosterService,
    ReferencePhoto,
    Refinement,
    SendingWithheld,
    TokenUsage,
    local_service,
    pixel_size,
    poster_text,
)
from services.image_generation.contrast import contrast_ratio, relative_luminance
from services.image_generation.local_service import layouts_for, readable_colour, shape_of
from services.image_generation.person_cutout import photos_to_draw, rank_references
from services.image_generation.poster_look import look_for
from services.image_generation.poster_text import BODY_FACES, TITLE_FACES, FontFace, Paragraph

from .conftest import IMAGES_DIR, jpeg_reference

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
ARTIFACTS = Path(__file__).resolve().parents[4] / "artifacts"


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


def composed(
    references: list[ReferencePhoto],
    aspect_ratio: str = "2:3",
    variation: int = 0,
    resolution: str = "1K",
    **texts: str,
) -> Image.Image:
    """The poster before it is encoded (no JPEG noise), in the look of its title and seed."""
    width, height = pixel_size(aspect_ratio, resolution)
    return local_service.compose_poster(
        width=width,
        height=height,
        references=references,
        title=texts.get("title", TITLE),
        tagline=texts.get("tagline", TAGLINE),
        look=local_service.look_for("fixed", variation),
        variation=variation,
    )


def layout_of(aspect_ratio: str, variation: int = 0) -> local_service.Layout:
    width, height = pixel_size(aspect_ratio, "1K")
    return local_service.choose(
        width=width, height=height, references=[], variation=variation
    ).layout


def mean_difference(first: Image.Image, second: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3


def variant(photo: ReferencePhoto, change: Callable[[Image.Image], Image.Image]) -> ReferencePhoto:
    """Another photo made from `photo`."""
    with Image.open(io.BytesIO(photo.jpeg)) as opened:
        image = change(opened.convert("RGB"))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return ReferencePhoto(buffer.getvalue(), image.width, image.height)


@pytest.fixture
def one_look(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make every poster use the look of one key and seed, whatever its title."""
    original = local_service.look_for

    def fix(key: str = "fixed", variation: int = 0, **changes: Any) -> None:
        look = dataclasses.replace(original(key, variation), **changes)
        monkeypatch.setattr(local_service, "look_for", lambda _key, _variation: look)

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
    assert image.pastes_reference_photo  # its likeness to the photo is no measure
    assert image.refinement_understood is None


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
            return opened.convert("RGB").getpixel((20, 20))

    assert corner("Calm Under Fire") != corner(TITLE)


def test_works_without_references_and_with_an_empty_tagline() -> None:
    image = poster([], tagline="", title="")

    assert (image.width, image.height) == (848, 1264)
    assert not image.pastes_reference_photo


def test_a_very_long_title_still_fits(astronaut: ReferencePhoto) -> None:
    image = poster([astronaut], title="Extraordinarily " * 12 + "Supercalifragilistic")

    assert (image.width, image.height) == (848, 1264)


def test_an_unknown_ratio_is_a_bad_request(astronaut: ReferencePhoto) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        poster([astronaut], aspect_ratio="1:4")

    assert caught.value.code == "bad_request"


# The person, cut out


def _largest_face_share(image: Image.Image) -> float:
    """The height of the largest face found, as a share of the image's height."""
    faces = detect_faces(image=image)
    assert faces, "the person's face is in the poster"
    return faces[0].height / image.height


@pytest.mark.parametrize(
    ("aspect_ratio", "least"), [("2:3", 0.14), ("9:16", 0.12), ("1:1", 0.18), ("16:9", 0.24)]
)
def test_the_persons_face_is_large_in_every_layout(aspect_ratio: str, least: float) -> None:
    # A photo 256 px across (a 56 px face) only set into the poster at no more than twice
    # its size would have a face a tenth of the poster's height, or less.
    small = jpeg_reference(long_edge=256)
    for place in range(CANDIDATE_SEED_STRIDE):
        drawn = composed([small], aspect_ratio, variation=place)
        assert _largest_face_share(drawn) >= least, (aspect_ratio, place)


def test_the_person_is_cut_out_of_their_photos_background(astronaut: ReferencePhoto) -> None:
    green = (0, 255, 0)

    def green_background(image: Image.Image) -> Image.Image:
        # The flag at the left, the shuttle at the right and the wall above her head.
        draw = ImageDraw.Draw(image)
        for box in ((0, 0, 70, 260), (420, 0, 512, 280), (0, 0, 512, 30)):
            draw.rectangle(box, fill=green)
        return image

    photo = variant(astronaut, green_background)

    for aspect_ratio in ("2:3", "16:9"):
        for place in range(CANDIDATE_SEED_STRIDE):
            drawn = np.asarray(composed([photo], aspect_ratio, variation=place), dtype=np.int16)
            red, green_, blue = drawn[..., 0], drawn[..., 1], drawn[..., 2]
            greenish = (green_ > 170) & (green_ - red > 110) & (green_ - blue > 110)
            assert greenish.sum() < 0.001 * greenish.size, (aspect_ratio, place)


def test_the_best_photo_of_the_person_is_drawn_first(astronaut: ReferencePhoto) -> None:
    coffee = jpeg_reference("coffee.png")
    smaller = variant(astronaut, lambda image: image.resize((256, 256)))
    blurred = variant(astronaut, lambda image: image.resize((96, 96)).resize((512, 512)))
    camera = jpeg_reference("camera.png")  # in profile
    with Image.open(IMAGES_DIR / "camera.png") as opened:
        other_person = opened.convert("RGB").resize((256, 512))

    def with_a_second_face(image: Image.Image) -> Image.Image:
        group = Image.new("RGB", (768, 512))
        group.paste(image, (0, 0))
        group.paste(other_person, (512, 0))
        return group

    group = variant(astronaut, with_a_second_face)

    ranked = rank_references([coffee, camera, group, blurred, smaller, astronaut])

    seen = [(p.size, p.frontal, p.sharpness, p.faces) for p in ranked]
    assert [photo.reference for photo in ranked] == [
        astronaut,  # the largest, sharp, frontal face, alone
        smaller,
        blurred,  # not sharp
        camera,  # in profile
        group,  # another face in the picture
        coffee,  # no face
    ], seen
    assert [photo.good for photo in ranked] == [True, True, False, False, False, False]
    assert poster([coffee, astronaut]).data == poster([astronaut]).data


def test_the_candidates_of_a_batch_take_different_photos_and_layouts(
    astronaut: ReferencePhoto,
) -> None:
    closer = variant(astronaut, lambda image: ImageOps.mirror(image).crop((60, 0, 452, 392)))
    references = [astronaut, closer, jpeg_reference("coffee.png")]
    width, height = pixel_size("16:9", "1K")

    for base in (0, 40 * CANDIDATE_SEED_STRIDE):
        choices = [
            local_service.choose(
                width=width, height=height, references=references, variation=base + place
            )
            for place in range(CANDIDATE_SEED_STRIDE)
        ]
        assert len({choice.layout.name for choice in choices}) == CANDIDATE_SEED_STRIDE
        photos = [choice.photo.reference for choice in choices if choice.photo]
        assert photos == [closer, astronaut, closer, astronaut]  # the two good ones in turn
    # The closer one first: its face is the larger part of the frame and has more pixels.
    assert [p.reference for p in photos_to_draw(references)] == [closer, astronaut]


def test_a_photo_without_a_face_is_still_drawn(astronaut: ReferencePhoto) -> None:
    coffee = jpeg_reference("coffee.png")

    with_photo = composed([coffee], "16:9")
    without = composed([], "16:9")

    assert mean_difference(with_photo, without) > 5


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
    astronaut: ReferencePhoto, monkeypatch: pytest.MonkeyPatch, one_look: Callable[..., None]
) -> None:
    one_look()
    name, tagline = "مريم الحسيني", "נועה לוי"
    shaped = pixels(references=[astronaut], title=name, tagline=tagline)

    class Everything(FontFace):
        def covers(self, char: str) -> bool:
            return True

    latin_only = (Everything("NotoSans-Bold.ttf"),)
    monkeypatch.setattr(local_service, "TITLE_FACES", latin_only)
    monkeypatch.setattr(local_service, "BODY_FACES", latin_only)
    local_service._credits_block.cache_clear()
    boxes = pixels(references=[astronaut], title=name, tagline=tagline)
    local_service._credits_block.cache_clear()

    text_box = layout_of("2:3").text
    assert mean_difference(shaped.crop(text_box), boxes.crop(text_box)) > 3
    top = (0, 0, 848, 500)  # above the text: the person and the background, alike
    assert mean_difference(shaped.crop(top), boxes.crop(top)) < 0.5


def test_arabic_is_shaped_and_set_right_to_left(
    astronaut: ReferencePhoto, drawn_text: list[tuple[str, ImageFont.FreeTypeFont, float]]
) -> None:
    assert features.check("raqm")
    font = ImageFont.truetype(str(TITLE_FACES[1].path), 100, layout_engine=ImageFont.Layout.RAQM)
    word = "مريم"
    # Joined letters take other (narrower) forms than the same letters alone.
    assert font.getlength(word) < sum(font.getlength(letter) for letter in word) - 10

    variation = next(v for v in range(8) if layout_of("2:3", v).align == "start")
    options = {"references": [astronaut], "title": "مريم الحسيني", "variation": variation}
    shaped = pixels(**options, tagline="")

    (first, _, first_x), (second, _, second_x) = drawn_text[:2]  # the title, then credits
    assert (first, second) == ("الحسيني", "مريم")  # the first word is drawn on the right
    text_box = layout_of("2:3", variation).text
    assert first_x < second_x
    assert second_x > (text_box[0] + text_box[2]) / 2  # set from the right
    with _without_raqm():
        unshaped = pixels(**options, tagline="")
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


# Titles that cannot be laid out as they are

HOSTILE_TITLES = [
    "Supercalifragilisticexpialidocious" * 7,  # one word far wider than any line
    "\ufdfd" * 255,  # one glyph the bold Arabic font cannot rasterise ("raster overflow")
    "مريم Straße נועה Ελένη " * 12,  # right to left and left to right mixed
    "Ȁ̴̡̛̖̗̱̲̫̖͙̤̳̞̭͇͛̏̑̑͒̃̈́̏̈́͊̕͘ͅ" * 9,  # a letter under a pile of combining marks
    "👩‍👩‍👧‍👦🏳️‍🌈🧑🏽‍🚀 " * 20,  # emoji joined by zero-width joiners: nothing to draw
    "A\u200d\u200cB\u200b\u2060C" * 40,  # joiners and invisible spaces between letters
    "",
    " \t\n\u3000\u00a0 ",  # whitespace only
    "Bell\x07 Null\x00 Escape\x1b DEL\x7f \ufeff\u202e RTL override",  # control characters
    "ab " * 85,
]


def test_every_hostile_title_is_set_at_every_ratio_and_resolution() -> None:
    # The text is what is tried: each title is set and drawn in the layout of its poster on
    # a plain canvas, at 1K for every title, and at 4K (every ratio) and 2K (every other),
    # with a tagline as hostile, for one title each; and whole posters of one shape each go
    # through the provider to their JPEG, with the title as their tagline too.
    look = look_for(TITLE, 0)
    cases = [(ratio, "1K", title) for ratio in PIXEL_SIZES for title in HOSTILE_TITLES]
    cases += [(ratio, "4K", HOSTILE_TITLES[i % 4]) for i, ratio in enumerate(PIXEL_SIZES)]
    cases += [(ratio, "2K", HOSTILE_TITLES[i % 5]) for i, ratio in enumerate(PIXEL_SIZES)][::2]
    for index, (ratio, resolution, title) in enumerate(cases):
        width, height = pixel_size(ratio, resolution)
        canvas = Image.new("RGB", (width, height), look.bottom)
        layout = local_service.layout_for(width, height, index)
        tagline = title[::-1] if resolution != "1K" else ""
        local_service._draw_text(canvas, layout, title, tagline, look)
        local_service._draw_credits(canvas, layout, look)
    for index, ratio in enumerate(("9:16", "1:1", "16:9", "21:9")):
        title = HOSTILE_TITLES[index * 3 % len(HOSTILE_TITLES)]
        image = poster([], aspect_ratio=ratio, title=title, tagline=title, variation=index)
        assert (image.width, image.height) == pixel_size(ratio, "1K"), (ratio, title)


def test_a_glyph_freetype_cannot_draw_comes_from_the_next_font_or_is_cut_with_an_ellipsis(
    drawn_text: list[tuple[str, ImageFont.FreeTypeFont, float]],
) -> None:
    poster([], title="\ufdfd" * 255, tagline="")

    title_lines = [(t, f) for t, f, _x in drawn_text if "\ufdfd" in t]
    assert title_lines
    assert {Path(str(font.path)).name for _t, font in title_lines} == {"NotoSansArabic-Regular.ttf"}
    assert sum(text.count("\ufdfd") for text, _font in title_lines) < 255
    assert any(text == "…" for text, _font, _x in drawn_text)  # cut, with an ellipsis


def test_a_run_freetype_fails_to_draw_is_drawn_without_what_fails(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    original = ImageDraw.ImageDraw.text

    def overflowing(self: ImageDraw.ImageDraw, xy: Any, text: Any, *args: Any, **kw: Any) -> Any:
        if "X" in text:
            raise OSError("raster overflow")
        return original(self, xy, text, *args, **kw)

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", overflowing)
    with caplog.at_level(logging.WARNING, logger=poster_text.__name__):
        image = poster([], title="AXB", tagline="")

    assert (image.width, image.height) == (848, 1264)
    assert any("Left out U+0058" in record.message for record in caplog.records)


# Layouts, contrast


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
def test_every_layout_draws_the_title_at_a_readable_size_inside_its_text_box(
    aspect_ratio: str,
) -> None:
    width, height = pixel_size(aspect_ratio, "1K")
    for variation in range(CANDIDATE_SEED_STRIDE):
        text_box = layout_of(aspect_ratio, variation).text
        without = composed([], aspect_ratio, variation, title="", tagline="")
        # Each script in some layout; the Latin one with an emoji in every one.
        for title, _tagline in [NAMES[0], NAMES[1 + (variation + RATIOS.index(aspect_ratio)) % 5]]:
            changed = _changed(
                composed([], aspect_ratio, variation, title=title, tagline=""), without
            )

            rows, columns = np.nonzero(changed)
            assert len(rows) > 0, title
            assert _tallest_line(changed) >= 0.028 * min(width, height), title  # cap height
            assert columns.min() >= text_box[0] - 2, title
            assert columns.max() <= text_box[2] + 2, title
            assert rows.min() >= text_box[1] - 2, title
            assert rows.max() <= text_box[3] + 2, title


def test_layouts_follow_the_shape_of_the_poster() -> None:
    assert {ratio: shape_of(*pixel_size(ratio, "1K")) for ratio in RATIOS} == {
        "9:16": "tall",
        "2:3": "portrait",
        "4:5": "portrait",
        "1:1": "square",
        "3:2": "landscape",
        "16:9": "landscape",
        "21:9": "wide",
    }
    for ratio in PIXEL_SIZES:
        width, height = pixel_size(ratio, "1K")
        layouts = layouts_for(width, height)
        assert len({layout.name for layout in layouts}) == len(layouts) == 4
        for layout in layouts:
            face_x, face_y = layout.face_centre
            left, top, right, bottom = layout.text
            if height > width:  # the person above the title, or below a headline
                assert face_y * height < top or face_y * height > bottom, layout.name
            elif width / height > 1.15 and "billing" not in layout.name:  # beside it
                assert face_x * width > right or face_x * width < left, layout.name
            assert bottom <= layout.credits[1], layout.name  # credits at the foot


def test_contrast_ratio_is_wcag_2s() -> None:
    assert contrast_ratio((255, 255, 255), (0, 0, 0)) == pytest.approx(21)
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert relative_luminance((255, 0, 0)) == pytest.approx(0.2126)
    assert readable_colour((119, 119, 119), [(255, 255, 255)]) != (119, 119, 119)
    assert contrast_ratio(readable_colour((119, 119, 119), [(255, 255, 255)]), WHITE) >= 4.5
    # Against many colours, the one nearest in luminance decides.
    many = [(level, level, level) for level in range(0, 90, 3)]
    assert min(contrast_ratio(readable_colour((90, 90, 90), many), c) for c in many) >= 4.5


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


# One poster per shape, each on another of the four layouts: what can make the text's
# contrast differ (more variations of one layout only change the palette).
CONTRAST_CASES = [
    pytest.param("9:16", 0, id="tall"),
    pytest.param("2:3", 1, id="portrait"),
    pytest.param("1:1", 2, id="square"),
    pytest.param("16:9", 3, id="landscape"),
    pytest.param("21:9", 1, id="wide"),
]


@pytest.mark.parametrize(("aspect_ratio", "variation"), CONTRAST_CASES)
def test_title_and_tagline_have_aa_contrast_with_what_is_behind_them(
    astronaut: ReferencePhoto, one_look: Callable[..., None], variation: int, aspect_ratio: str
) -> None:
    one_look(variation=variation)
    text_box = layout_of(aspect_ratio, variation).text

    def text_area(**texts: str) -> Image.Image:
        drawn = pixels(
            references=[astronaut], aspect_ratio=aspect_ratio, variation=variation, **texts
        )
        return drawn.crop(text_box)

    blank = text_area(title="", tagline="")
    assert _text_contrast(text_area(title=TITLE, tagline=""), blank) >= 4.5
    assert _text_contrast(text_area(title="", tagline="Every morning I run"), blank) >= 4.5


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


def test_the_seed_chooses_the_palette() -> None:
    looks = [look_for(TITLE, seed) for seed in range(12)]

    assert len({look.top for look in looks}) == 12
    assert {look.key_from_left for look in looks} == {False, True}
    assert {look.rim is None for look in looks} == {False, True}


# Refining offline


def _refined(astronaut: ReferencePhoto, instruction: str, **options: Any) -> Any:
    refinement = Refinement(instruction, "A poster.", b"", "image/jpeg")
    return poster([astronaut], refinement=refinement, variation=5, **options)


def test_a_refinement_draws_the_parents_text_and_never_its_instruction(
    astronaut: ReferencePhoto, drawn_text: list[tuple[str, ImageFont.FreeTypeFont, float]]
) -> None:
    poster([astronaut], variation=5)
    unrefined = list(drawn_text)
    drawn_text.clear()

    instruction = "Sunset please, with a blue rim light — and write HELLO on it"
    refined = _refined(astronaut, instruction)

    # The same words at the same places: what changed is the palette and the light.
    assert [(text, x) for text, _font, x in drawn_text] == [
        (text, x) for text, _font, x in unrefined
    ]
    drawn = " ".join(text for text, _font, _x in drawn_text).lower()
    for word in ("sunset", "hello", "please", "rim"):
        assert word not in drawn
    assert refined.refinement_understood == "sunset palette, blue rim light"


def test_a_refinement_keeps_the_parents_photo_and_layout(astronaut: ReferencePhoto) -> None:
    parent = pixels(references=[astronaut], variation=5)
    refined = _refined(astronaut, "black and white")

    with Image.open(io.BytesIO(refined.data)) as opened:
        grey = opened.convert("RGB")
    channels = np.asarray(grey, dtype=np.int16)
    assert np.abs(channels[..., 0] - channels[..., 2]).mean() < 2  # no colour left
    assert refined.refinement_understood == "black and white"
    # The same picture in grey: the person where they were.
    face_parent, face_refined = detect_faces(image=parent)[0], detect_faces(image=grey)[0]
    assert abs(face_parent.x - face_refined.x) <= 0.04 * face_parent.width
    assert abs(face_parent.height - face_refined.height) <= 0.04 * face_parent.height


@pytest.mark.parametrize(
    ("instruction", "understood"),
    [
        ("sunset", "sunset palette"),
        ("Add a blue rim light", "blue rim light"),
        ("night sky full of stars", "night-sky palette"),
        ("make it warm", "warm orange palette"),
        ("warm, with a rim light", "warm orange palette, rim light"),
        ("Black and white, moody", "low-key light, black and white"),
        ("golden hour, backlit", "golden-hour palette, back light"),
        ("make the title bigger", "no colour or light it knows: drawn as before"),
    ],
)
def test_the_instructions_colour_and_light_words_are_read_from_one_table(
    instruction: str, understood: str
) -> None:
    look, read = local_service.refined_look(look_for(TITLE, 0), instruction)

    assert read == understood
    if "nothing" in understood or "no colour" in understood:
        assert look == look_for(TITLE, 0)
    else:
        assert look != look_for(TITLE, 0)


# What the posters look like


def test_four_candidates_at_16_9_and_2_3_are_saved_to_look_at(astronaut: ReferencePhoto) -> None:
    closer = variant(astronaut, lambda image: ImageOps.mirror(image).crop((60, 0, 452, 392)))
    refinement = Refinement("warm sunset, blue rim light", "", b"", "image/jpeg")
    ARTIFACTS.mkdir(exist_ok=True)
    for aspect_ratio in ("16:9", "2:3"):
        candidates = []
        for place in range(CANDIDATE_SEED_STRIDE):
            image = LocalPosterService().generate_image(
                prompt="",
                references=[astronaut, closer],
                aspect_ratio=aspect_ratio,
                resolution="1K",
                title="Creative Visionary",
                tagline="I am a creative visionary who turns bold ideas into work people love.",
                refinement=refinement if place == 3 else None,
                variation=24 + place,
            )
            with Image.open(io.BytesIO(image.data)) as opened:
                candidates.append(opened.convert("RGB"))
        width, height = candidates[0].size
        sheet = Image.new("RGB", (width * 2 + 8, height * 2 + 8), (255, 255, 255))
        for index, candidate in enumerate(candidates):
            assert _largest_face_share(candidate) >= 0.14
            sheet.paste(candidate, ((index % 2) * (width + 8), (index // 2) * (height + 8)))
        sheet.save(
            ARTIFACTS / f"offline-posters-{aspect_ratio.replace(':', 'x')}.png", compress_level=1
        )
