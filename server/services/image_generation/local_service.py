"""An offline, deterministic poster compositor: the product works with no key and no network.

The poster is a movie poster of the person: cut out of their best reference photo (see
`person_cutout`) and set full-bleed, their face large, into a designed background (a
gradient, a light behind them, soft bokeh, film grain), with the identity's name as the
title, the "I am" statement as the tagline and a credits block, on a layout chosen by the
poster's shape. Text sits on a darkened scrim, in colours of WCAG AA contrast with what is
under it. Colours come from a hash of the title and the job's variation seed; the candidates
of one batch (consecutive seeds) take different layouts and, where the person has several
good photos, different photos. A refinement is drawn as its parent was, in the palette and
light its instruction's words name (see `poster_look`); the instruction is never drawn.
The same input gives the same bytes. Output is a JPEG of exactly Gemini's pixel size.
"""

import bisect
import functools
import io
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .contrast import AA_CONTRAST, Colour, relative_luminance
from .image_generation_error import ImageGenerationError
from .image_service import CANDIDATE_SEED_STRIDE
from .image_sizes import pixel_size
from .person_cutout import CutOut, PersonPhoto, cut_out_person, photos_to_draw
from .poster_look import Look, look_for, refined_look
from .poster_text import BODY_FACES, TITLE_FACES, Align, Paragraph, TextBlock
from .provider_result import GeneratedImage, ReferencePhoto, Refinement, TokenUsage
from .sending_withheld import SendingWithheld

JPEG_QUALITY = 90
# Text colours are chosen with headroom over AA so that JPEG's rounding cannot take them under.
TEXT_CONTRAST = AA_CONTRAST + 0.5
WHITE: Colour = (255, 255, 255)
BLACK: Colour = (0, 0, 0)
# The background's gradients and lights are drawn this large and scaled up: they are smooth.
BACKGROUND_SIDE = 640
GRAIN_TILE = 256
GRAIN_SIGMA = 5.0
SCRIM_OPACITY = 0.86
# The person is enlarged past the layout's face size, up to this much, to reach the bottom.
MAX_EXTRA_SCALE = 1.3
CREDITS = (
    "Starring you  ·  a story of who you are becoming  ·  directed by your daily choices  ·  "
    "produced by every morning you show up  ·  music by your own rhythm  ·  "
    "an Identity Image Studio picture"
)

Box = tuple[int, int, int, int]  # left, top, right, bottom
Edge = Literal["top", "bottom", "left", "right"]
VAlign = Literal["top", "centre", "bottom"]


class LocalPosterService:
    """Composes a poster with Pillow and OpenCV; same interface as GeminiImageService."""

    provider_name = "local"
    sends_photos_away = False
    provider_store: bool | None = None  # nothing is sent, so nothing is kept anywhere else
    uses_additional_prompt = False
    model_name = "local-poster-v1"

    def generate_image(
        self,
        *,
        prompt: str,
        references: list[ReferencePhoto],
        aspect_ratio: str,
        resolution: str,
        title: str = "",
        tagline: str = "",
        refinement: Refinement | None = None,
        variation: int = 0,
        may_send: Callable[[], bool] | None = None,
    ) -> GeneratedImage:
        """The prompt is not drawn; title, tagline and credits are. Same input, same bytes.

        A refinement is an approximation of an edit: the parent's poster drawn again (the
        job keeps its parent's seed) in the palette and light the instruction names; the
        result says what was understood of it. Nothing is sent anywhere, but `may_send` is
        asked once all the same, as every provider asks it.
        """
        if may_send is not None and not may_send():
            raise SendingWithheld()
        started = time.monotonic()
        try:
            width, height = pixel_size(aspect_ratio, resolution)
        except ValueError:
            raise ImageGenerationError(
                ImageGenerationError.BAD_REQUEST,
                f"The aspect ratio {aspect_ratio} at {resolution} is not offered.",
                attempts=0,
            ) from None
        look = look_for(title, variation)
        understood = None
        if refinement is not None:
            look, understood = refined_look(look, refinement.instruction)
        poster = compose_poster(
            width=width,
            height=height,
            references=references,
            title=title,
            tagline=tagline,
            look=look,
            variation=variation,
        )
        buffer = io.BytesIO()
        poster.save(buffer, format="JPEG", quality=JPEG_QUALITY)
        return GeneratedImage(
            data=buffer.getvalue(),
            mime_type="image/jpeg",
            width=width,
            height=height,
            usage=TokenUsage(),
            model_version=self.model_name,
            response_id="",
            attempts=1,
            provider_ms=int((time.monotonic() - started) * 1000),
            refinement_understood=understood,
            pastes_reference_photo=bool(references),
        )


@dataclass(frozen=True)
class Scrim:
    """A darkening from one edge of the poster: solid to `solid`, gone at `fade` (shares of
    the poster's height or width from that edge)."""

    edge: Edge
    solid: float
    fade: float


@dataclass(frozen=True)
class Layout:
    """Where things go on a poster of one shape."""

    name: str
    face_centre: tuple[float, float]  # where the face's middle goes, as shares of the poster
    face_height: float  # the face's height as a share of the poster's
    text: Box  # the title and tagline
    valign: VAlign  # where in the text box they sit
    align: Align
    credits: Box
    scrims: tuple[Scrim, ...]
    title_size: int  # to start from; smaller when the title does not fit
    max_title_lines: int


def _box(width: int, height: int, left: float, top: float, right: float, bottom: float) -> Box:
    return round(width * left), round(height * top), round(width * right), round(height * bottom)


def shape_of(width: int, height: int) -> str:
    ratio = width / height
    if ratio < 0.62:
        return "tall"
    if ratio < 0.9:
        return "portrait"
    if ratio <= 1.15:
        return "square"
    return "landscape" if ratio < 2 else "wide"


def _scrims(text: tuple[float, float, float, float], edge: Edge) -> tuple[Scrim, ...]:
    """Solid behind the text box, from the edge it is nearest, fading out past it; and one
    along the foot for the credits when the text is elsewhere."""
    left, top, right, bottom = text
    reach = {"bottom": 1 - top, "top": bottom, "left": right, "right": 1 - left}[edge] + 0.02
    scrims = [Scrim(edge, reach, reach + (0.16 if edge in ("top", "bottom") else 0.12))]
    if edge != "bottom":
        scrims.append(Scrim("bottom", 0.12, 0.22))
    return tuple(scrims)


def layouts_for(width: int, height: int) -> list[Layout]:
    """The layouts of the poster's shape, each a different composition: the person above a
    billing block or below a headline when it is taller than wide, beside the text when
    wider, and in close-up."""
    shape = shape_of(width, height)
    short = min(width, height)

    def layout(
        name: str,
        face: tuple[float, float, float],
        text: tuple[float, float, float, float],
        edge: Edge,
        align: Align,
        credits: tuple[float, float, float, float],
        title_k: float,
        lines: int = 3,
    ) -> Layout:
        valign: VAlign = {"bottom": "bottom", "top": "top"}.get(edge, "centre")  # type: ignore[assignment]
        return Layout(
            name=f"{shape}-{name}",
            face_centre=(face[0], face[1]),
            face_height=face[2],
            text=_box(width, height, *text),
            valign=valign,
            align=align,
            credits=_box(width, height, *credits),
            scrims=_scrims(text, edge),
            title_size=round(short * title_k),
            max_title_lines=lines,
        )

    foot = (0.08, 0.885, 0.92, 0.975)
    if shape in ("tall", "portrait"):
        face = 0.15 if shape == "tall" else 0.17
        return [
            layout(
                "billing",
                (0.5, 0.28, face),
                (0.07, 0.6, 0.93, 0.86),
                "bottom",
                "centre",
                foot,
                0.12,
            ),
            layout(
                "headline", (0.5, 0.5, face), (0.07, 0.04, 0.93, 0.27), "top", "centre", foot, 0.11
            ),
            layout(
                "offset",
                (0.6, 0.3, face * 1.05),
                (0.07, 0.62, 0.86, 0.86),
                "bottom",
                "start",
                (0.07, 0.885, 0.93, 0.975),
                0.11,
            ),
            layout(
                "close-up",
                (0.5, 0.3, face * 1.4),
                (0.07, 0.64, 0.93, 0.87),
                "bottom",
                "centre",
                (0.08, 0.89, 0.92, 0.975),
                0.115,
            ),
        ]
    if shape == "square":
        return [
            layout(
                "side",
                (0.7, 0.36, 0.22),
                (0.06, 0.2, 0.47, 0.8),
                "left",
                "start",
                (0.06, 0.87, 0.6, 0.97),
                0.085,
            ),
            layout(
                "side-left",
                (0.3, 0.36, 0.22),
                (0.53, 0.2, 0.94, 0.8),
                "right",
                "start",
                (0.4, 0.87, 0.94, 0.97),
                0.085,
            ),
            layout(
                "billing",
                (0.5, 0.29, 0.2),
                (0.08, 0.6, 0.92, 0.85),
                "bottom",
                "centre",
                (0.1, 0.875, 0.9, 0.97),
                0.09,
            ),
            layout(
                "close-up",
                (0.6, 0.33, 0.3),
                (0.06, 0.62, 0.94, 0.85),
                "bottom",
                "start",
                (0.06, 0.875, 0.94, 0.97),
                0.085,
            ),
        ]
    wide = shape == "wide"
    face = 0.34 if wide else 0.3
    column = 0.42 if wide else 0.47
    title_k = 0.13 if wide else 0.11
    lines = 3 if wide else 4
    return [
        layout(
            "side",
            (0.72 if wide else 0.7, 0.37, face),
            (0.05, 0.14, column, 0.8),
            "left",
            "start",
            (0.05, 0.85, column + 0.04, 0.96),
            title_k,
            lines,
        ),
        layout(
            "side-left",
            (0.28 if wide else 0.3, 0.37, face),
            (1 - column, 0.14, 0.95, 0.8),
            "right",
            "start",
            (0.96 - column, 0.85, 0.95, 0.96),
            title_k,
            lines,
        ),
        layout(
            "billing",
            (0.5, 0.29, face * 0.9),
            (0.1, 0.6, 0.9, 0.84),
            "bottom",
            "centre",
            (0.15, 0.865, 0.85, 0.965),
            title_k * 0.95,
            2,
        ),
        layout(
            "close-up",
            (0.72, 0.42, face * 1.4),
            (0.05, 0.14, column - 0.03, 0.8),
            "left",
            "start",
            (0.05, 0.85, column + 0.02, 0.96),
            title_k,
            lines,
        ),
    ]


def layout_for(width: int, height: int, variant: int) -> Layout:
    """One of the shape's layouts (any integer picks one, in turn)."""
    layouts = layouts_for(width, height)
    return layouts[variant % len(layouts)]


@dataclass(frozen=True)
class Choice:
    """What a variation seed picks: the layout and the photo."""

    layout: Layout
    photo: PersonPhoto | None


def choose(*, width: int, height: int, references: list[ReferencePhoto], variation: int) -> Choice:
    """A batch's candidates get consecutive seeds from a multiple of CANDIDATE_SEED_STRIDE:
    the candidate's place (`variation % stride`) picks the photo (the best first) and moves
    the layout on, and the rest of the seed picks where the layouts start."""
    place, draw = variation % CANDIDATE_SEED_STRIDE, variation // CANDIDATE_SEED_STRIDE
    photos = photos_to_draw(references)
    return Choice(
        layout=layout_for(width, height, draw + place),
        photo=photos[place % len(photos)] if photos else None,
    )


def compose_poster(
    *,
    width: int,
    height: int,
    references: list[ReferencePhoto],
    title: str,
    tagline: str,
    look: Look,
    variation: int,
) -> Image.Image:
    """The poster as an RGB image, before it is encoded."""
    choice = choose(width=width, height=height, references=references, variation=variation)
    layout = choice.layout
    placed = _place_person(choice.photo, layout, width, height) if choice.photo else None
    poster = _background(width, height, look, layout, placed, variation)
    if placed is not None:
        _draw_person(poster, placed, look)
    for scrim in layout.scrims:
        _draw_scrim(poster, scrim, look)
    poster = _grained(poster, variation)
    if look.monochrome or look.sepia:
        poster = _toned(poster, look)
        look = replace(
            look, title_colour=_grey(look.title_colour), tagline_colour=_grey(look.tagline_colour)
        )
    _draw_text(poster, layout, title, tagline, look)
    _draw_credits(poster, layout, look)
    return poster


def _mix(first: Colour, second: Colour, amount: float) -> Colour:
    """`first` moved `amount` (0-1) of the way to `second`."""
    return (
        round(first[0] + (second[0] - first[0]) * amount),
        round(first[1] + (second[1] - first[1]) * amount),
        round(first[2] + (second[2] - first[2]) * amount),
    )


def _grey(colour: Colour) -> Colour:
    level = round(relative_luminance(colour) ** (1 / 2.2) * 255)
    return level, level, level


@dataclass(frozen=True)
class PlacedPerson:
    """The person's photo on the poster: which part of the reference, and where."""

    photo: PersonPhoto
    cutout: CutOut
    crop: tuple[float, float, float, float]  # in the reference's pixels
    box: Box  # on the poster
    scale: float  # poster pixels per reference pixel
    fade_left: bool  # the photo's edge is inside the poster there: fade it out
    fade_right: bool
    fade_bottom: bool


def _place_person(photo: PersonPhoto, layout: Layout, width: int, height: int) -> PlacedPerson:
    """The photo scaled so the face has the layout's size and place (or, with no face, the
    photo's upper middle there), enlarged a little more when that takes the body down to
    the poster's bottom edge."""
    reference = photo.reference
    if photo.face is not None:
        fx, fy, fw, fh = photo.face
    else:
        fw = fh = reference.height * 0.3
        fx, fy = reference.width / 2 - fw / 2, reference.height * 0.25
    target_x, target_y = layout.face_centre[0] * width, layout.face_centre[1] * height
    face_x, face_y = fx + fw / 2, fy + fh / 2
    scale = layout.face_height * height / fh
    to_bottom = (height - target_y) / max(1.0, reference.height - face_y)
    if to_bottom > scale:
        scale = min(to_bottom, scale * MAX_EXTRA_SCALE)
    left, top = target_x - face_x * scale, target_y - face_y * scale
    right, bottom = left + reference.width * scale, top + reference.height * scale
    box = (
        max(0, math.floor(left)),
        max(0, math.floor(top)),
        min(width, math.ceil(right)),
        min(height, math.ceil(bottom)),
    )
    crop = (  # a rounding's fraction of a pixel outside the photo is not asked for
        max(0.0, (box[0] - left) / scale),
        max(0.0, (box[1] - top) / scale),
        min(float(reference.width), (box[2] - left) / scale),
        min(float(reference.height), (box[3] - top) / scale),
    )
    return PlacedPerson(
        photo=photo,
        cutout=cut_out_person(photo),
        crop=crop,
        box=box,
        scale=scale,
        fade_left=left > 0,
        fade_right=right < width,
        fade_bottom=bottom < height,
    )


def _linear(size: tuple[int, int], vertical: bool) -> Image.Image:
    """0 to 255 across `size`, top to bottom or left to right."""
    ramp = Image.linear_gradient("L")
    return (
        ramp if vertical else ramp.rotate(90).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    ).resize(size, Image.Resampling.BILINEAR)


def _radial(size: tuple[int, int], centre: tuple[float, float], radius: float) -> Image.Image:
    """255 at `centre`, falling smoothly to 0 at `radius` (in pixels of `size`)."""
    rows, columns = np.ogrid[0 : size[1], 0 : size[0]]
    distance = np.hypot(columns - centre[0], rows - centre[1]) / max(1.0, radius)
    falloff = np.clip(1.0 - distance, 0, 1) ** 2
    return Image.fromarray((falloff * 255).astype(np.uint8))


def _background(
    width: int,
    height: int,
    look: Look,
    layout: Layout,
    placed: PlacedPerson | None,
    variation: int,
) -> Image.Image:
    """A gradient, a light behind the person's head, the glow of their silhouette, soft
    bokeh and a vignette: drawn small and scaled up, as all of it is smooth."""
    scale = min(1.0, BACKGROUND_SIDE / max(width, height))
    size = (max(8, round(width * scale)), max(8, round(height * scale)))
    top = _mix(look.top, look.light, look.haze)
    bottom = _mix(look.bottom, look.light, look.haze * 0.5)
    background = ImageOps.colorize(_linear(size, vertical=True), black=top, white=bottom)
    light_x = layout.face_centre[0] * size[0]
    light_y = (layout.face_centre[1] - layout.face_height * 0.4) * size[1]
    glow = _radial(size, (light_x, light_y), max(size) * 0.55)
    glow = glow.point(lambda value: round(value * look.light_strength))
    background = Image.composite(Image.new("RGB", size, look.light), background, glow)
    rng = random.Random(variation)  # noqa: S311 (a layout's bokeh, not a secret)
    bokeh = Image.new("L", size, 0)
    draw = ImageDraw.Draw(bokeh)
    for _ in range(9):
        x, y = rng.uniform(0, size[0]), rng.uniform(0, size[1] * 0.75)
        radius = rng.uniform(0.015, 0.05) * max(size)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.randint(18, 48))
    bokeh = bokeh.filter(ImageFilter.GaussianBlur(max(1.0, max(size) * 0.006)))
    background = Image.composite(Image.new("RGB", size, look.light), background, bokeh)
    if placed is not None:  # the light that spills around the person
        halo = Image.new("L", size, 0)
        left, top_, right, bottom_ = (round(value * scale) for value in placed.box)
        if right > left and bottom_ > top_:
            silhouette = placed.cutout.alpha.resize(
                (right - left, bottom_ - top_),
                Image.Resampling.BILINEAR,
                box=_in_cutout(placed),
            )
            halo.paste(silhouette, (left, top_))
            halo = halo.filter(ImageFilter.GaussianBlur(max(size) * 0.05))
            strength = 0.2 + 0.3 * look.light_strength + (0.2 if look.rim else 0.0)
            halo = halo.point(lambda value: round(value * min(1.0, strength)))
            background = Image.composite(
                Image.new("RGB", size, look.rim or look.light), background, halo
            )
    vignette = ImageOps.invert(_radial(size, (size[0] / 2, size[1] * 0.45), max(size) * 0.85))
    background = Image.composite(
        Image.new("RGB", size, BLACK), background, vignette.point(lambda v: v * 2 // 5)
    )
    return background.resize((width, height), Image.Resampling.BILINEAR)


def _in_cutout(placed: PlacedPerson) -> tuple[float, float, float, float]:
    """The placed crop in the cut-out mask's pixels."""
    scale = placed.cutout.scale
    return (
        placed.crop[0] * scale,
        placed.crop[1] * scale,
        placed.crop[2] * scale,
        placed.crop[3] * scale,
    )


def _graded(photo: Image.Image, alpha: Image.Image, look: Look) -> Image.Image:
    """The person in the poster's light: a cast of its colour, the key light from one side,
    and a rim of light along their edges when the look has one."""
    graded = Image.blend(
        photo,
        ImageOps.colorize(
            photo.convert("L"), black=_mix(look.bottom, BLACK, 0.3), white=look.tint
        ).convert("RGB"),
        look.tint_amount,
    )
    key = _linear(photo.size, vertical=False)
    if look.key_from_left:
        key = ImageOps.mirror(key)
    graded = Image.composite(
        graded, ImageChops.multiply(graded, Image.new("RGB", photo.size, (200, 200, 200))), key
    )
    if look.rim is not None:
        # Light from behind: it falls inside the silhouette's edge, fading inwards, on what
        # is bright enough to catch it (hair, skin), and more from above than below.
        mask = np.asarray(alpha, dtype=np.float32) / 255
        width = max(2, round(min(photo.size) * 0.02))
        inner = alpha.filter(ImageFilter.GaussianBlur(width))
        edge = np.clip(mask - np.asarray(inner, dtype=np.float32) / 255, 0, 1) * mask * 2
        catch = 0.35 + 0.65 * np.asarray(photo.convert("L"), dtype=np.float32) / 255
        above = np.linspace(1.0, 0.3, photo.height, dtype=np.float32)[:, None]
        rim = Image.fromarray((np.clip(edge * catch * above, 0, 1) * 190).astype(np.uint8))
        lit = Image.composite(
            Image.new("RGB", photo.size, look.rim), Image.new("RGB", photo.size), rim
        )
        graded = ImageChops.screen(graded, lit)
    return graded


def _draw_person(poster: Image.Image, placed: PlacedPerson, look: Look) -> None:
    """The cut-out person, graded at the photo's own size and then enlarged, its edges that
    fall inside the poster faded out."""
    left, top, right, bottom = placed.box
    size = (right - left, bottom - top)
    if size[0] <= 0 or size[1] <= 0:
        return
    reference = placed.photo.reference
    with Image.open(io.BytesIO(reference.jpeg)) as source:
        if placed.scale < 1:  # decoded at a reduced scale when it will be shrunk
            source.draft(
                "RGB",
                (math.ceil(source.width * placed.scale), math.ceil(source.height * placed.scale)),
            )
        image = source.convert("RGB")
    ratio = image.width / reference.width if reference.width else 1.0
    crop = tuple(value * ratio for value in placed.crop)
    crop_box = (
        max(0, math.floor(crop[0])),
        max(0, math.floor(crop[1])),
        min(image.width, math.ceil(crop[2])),
        min(image.height, math.ceil(crop[3])),
    )
    photo = image.crop(crop_box)
    if photo.width < 1 or photo.height < 1:
        return
    mask_scale = placed.cutout.scale / ratio
    alpha = placed.cutout.alpha.resize(
        photo.size,
        Image.Resampling.BILINEAR,
        box=(
            crop_box[0] * mask_scale,
            crop_box[1] * mask_scale,
            crop_box[2] * mask_scale,
            crop_box[3] * mask_scale,
        ),
    )
    alpha = ImageChops.multiply(alpha, _edge_fades(photo.size, placed))
    graded = _graded(photo, alpha, look)
    sub = (
        crop[0] - crop_box[0],
        crop[1] - crop_box[1],
        crop[2] - crop_box[0],
        crop[3] - crop_box[1],
    )
    person = graded.resize(size, Image.Resampling.BICUBIC, box=sub)
    alpha = alpha.resize(size, Image.Resampling.BILINEAR, box=sub)
    poster.paste(person, (left, top), alpha)


def _edge_fades(size: tuple[int, int], placed: PlacedPerson) -> Image.Image:
    """255 but near the photo's edges that fall inside the poster: there the person fades
    out, rather than end in a straight cut."""
    width, height = size
    fade = np.ones((height, width), dtype=np.float32)
    span_x = max(1, round(width * 0.08))
    span_y = max(1, round(height * 0.18))
    ramp_x = np.linspace(0, 1, span_x, dtype=np.float32)
    ramp_y = np.linspace(0, 1, span_y, dtype=np.float32)
    if placed.fade_left:
        fade[:, :span_x] *= ramp_x[None, :]
    if placed.fade_right:
        fade[:, width - span_x :] *= ramp_x[::-1][None, :]
    if placed.fade_bottom:
        fade[height - span_y :, :] *= ramp_y[::-1][:, None]
    return Image.fromarray((fade * 255).astype(np.uint8))


def _draw_scrim(poster: Image.Image, scrim: Scrim, look: Look) -> None:
    """The poster darkened towards the look's darkest colour from one edge, behind text."""
    width, height = poster.size
    vertical = scrim.edge in ("top", "bottom")
    length = height if vertical else width
    extent = round(length * scrim.fade)
    if extent <= 0:
        return
    solid = min(extent, round(length * scrim.solid))
    fading = np.linspace(1, 0, extent - solid, dtype=np.float32)
    ramp = SCRIM_OPACITY * np.concatenate(
        [np.ones(solid, dtype=np.float32), fading * fading * (3 - 2 * fading)]  # smoothstep
    )
    if scrim.edge in ("bottom", "right"):
        ramp = ramp[::-1]
    strip = (ramp * 255).astype(np.uint8)
    mask = Image.fromarray(strip[:, None] if vertical else strip[None, :])
    mask = mask.resize((width, extent) if vertical else (extent, height), Image.Resampling.NEAREST)
    box = {
        "top": (0, 0),
        "bottom": (0, height - extent),
        "left": (0, 0),
        "right": (width - extent, 0),
    }[scrim.edge]
    poster.paste(_mix(look.bottom, BLACK, 0.4), box, mask)


def _grained(poster: Image.Image, variation: int) -> Image.Image:
    """Film grain: one tile of noise, repeated over the poster."""
    rng = np.random.default_rng(variation % 2**32)
    noise = rng.normal(128, GRAIN_SIGMA, (GRAIN_TILE, GRAIN_TILE))
    level = Image.fromarray(np.clip(noise, 0, 255).astype(np.uint8))
    tile = Image.merge("RGB", (level, level, level))
    grain = Image.new("RGB", poster.size)
    for top in range(0, poster.height, GRAIN_TILE):
        for left in range(0, poster.width, GRAIN_TILE):
            grain.paste(tile, (left, top))
    return ImageChops.add(poster, grain, scale=1.0, offset=-128)


def _toned(poster: Image.Image, look: Look) -> Image.Image:
    grey = poster.convert("L")
    if look.sepia:
        return ImageOps.colorize(grey, black=(22, 14, 8), white=(255, 240, 214))
    return grey.convert("RGB")


def _colours_under(poster: Image.Image, box: Box) -> list[Colour]:
    """The colours in `box`: a sample of them, with the darkest and lightest pixels."""
    region = poster.crop(box)
    if region.width < 1 or region.height < 1:
        return []
    sample = region.resize((48, 48), Image.Resampling.NEAREST)
    colours = {colour for _count, colour in sample.getcolors(maxcolors=48 * 48) or []}
    grey = np.asarray(region.convert("L"))
    pixels = np.asarray(region)
    for index in (grey.argmin(), grey.argmax()):
        row, column = divmod(int(index), grey.shape[1])
        colours.add(tuple(int(v) for v in pixels[row, column]))
    return [(c[0], c[1], c[2]) for c in colours if isinstance(c, tuple)]


def readable_colour(wanted: Colour, backgrounds: list[Colour]) -> Colour:
    """`wanted` when it contrasts TEXT_CONTRAST with every background colour, else the
    nearest shade of it towards white or black (whichever contrasts better) that does."""
    if not backgrounds:
        return wanted
    # Contrast depends on luminance alone, and is least with the nearest luminance.
    levels = sorted({relative_luminance(background) for background in set(backgrounds)})

    def worst(colour: Colour) -> float:
        level = relative_luminance(colour)
        index = bisect.bisect_left(levels, level)
        return min(
            (max(level, other) + 0.05) / (min(level, other) + 0.05)
            for other in levels[max(0, index - 1) : index + 1]
        )

    if worst(wanted) >= TEXT_CONTRAST:
        return wanted
    target = WHITE if worst(WHITE) >= worst(BLACK) else BLACK
    for step in range(1, 11):
        colour = _mix(wanted, target, step / 10)
        if worst(colour) >= TEXT_CONTRAST:
            return colour
    return target


@dataclass(frozen=True)
class _SetText:
    title: TextBlock
    tagline: TextBlock
    gap: int

    @property
    def height(self) -> int:
        return self.title.height + (self.gap + self.tagline.height if self.tagline.lines else 0)


def _fit_text(title: Paragraph, tagline: Paragraph, layout: Layout, short: int) -> _SetText:
    """The largest sizes at which the title (in at most the layout's lines) and the tagline
    (in at most four) fit the text box; at the smallest sizes the title takes as many lines
    as the box holds, and the tagline what is left, ellipsised."""
    left, top, right, bottom = layout.text
    box_w, box_h = right - left, bottom - top
    min_title = max(14, round(short * 0.04))
    min_tagline = max(11, round(short * 0.022))
    max_tagline = max(min_tagline, round(short * 0.036))
    title_size = max(min_title, layout.title_size)
    while True:
        tagline_size = max(min_tagline, min(max_tagline, round(title_size * 0.42)))
        fitted = _SetText(
            title=title.set(size=title_size, width=box_w, max_lines=layout.max_title_lines),
            tagline=tagline.set(size=tagline_size, width=box_w, max_lines=4),
            gap=round(title_size * 0.45),
        )
        blocks = (fitted.title, fitted.tagline)
        fits = fitted.height <= box_h and not any(b.truncated or b.cut for b in blocks)
        if fits or title_size == min_title:
            break
        smaller = round(title_size * 0.92)
        if fitted.title.cut:  # a word wider than the box: straight to a size it fits at
            widest = title.widest_word(size=title_size)
            smaller = min(smaller, math.floor(title_size * box_w / max(1.0, widest)))
        title_size = max(min_title, smaller)
    if fits:
        return fitted
    # Smallest sizes and still too much: more title lines, then what room the tagline has.
    title_block = title.set(size=min_title, width=box_w, max_lines=1)
    for lines in range(2, 40):
        longer = title.set(size=min_title, width=box_w, max_lines=lines)
        if longer.height > box_h:
            break
        title_block = longer
        if not longer.truncated:
            break
    tagline_block = tagline.set(size=min_tagline, width=box_w, max_lines=0)
    for lines in range(1, 5):
        longer = tagline.set(size=min_tagline, width=box_w, max_lines=lines)
        if title_block.height + fitted.gap + longer.height > box_h:
            break
        tagline_block = longer
    return _SetText(title=title_block, tagline=tagline_block, gap=round(min_title * 0.45))


def _draw_text(poster: Image.Image, layout: Layout, title: str, tagline: str, look: Look) -> None:
    """Title and tagline where the layout puts them in its text box, in colours readable
    on what is under them."""
    left, top, right, bottom = layout.text
    short = min(poster.width, poster.height)
    fitted = _fit_text(
        Paragraph.of(title.strip(), TITLE_FACES, upper=True),
        Paragraph.of(tagline.strip(), BODY_FACES),
        layout,
        short,
    )
    backgrounds = _colours_under(poster, layout.text)
    draw = ImageDraw.Draw(poster)
    room = max(0, bottom - top - fitted.height)
    y = top + {"top": 0, "centre": room // 2, "bottom": room}[layout.valign]
    for block, colour in (
        (fitted.title, look.title_colour),
        (fitted.tagline, look.tagline_colour),
    ):
        if not block.lines:
            continue
        block.draw(
            draw,
            left=left,
            top=y,
            width=right - left,
            align=layout.align,
            fill=readable_colour(colour, backgrounds),
        )
        y += block.height + fitted.gap


@functools.lru_cache(maxsize=32)
def _credits_block(size: int, width: int, height: int) -> TextBlock:
    """The credits set at the largest size up to `size` at which they fit `height`."""
    paragraph = Paragraph.of(CREDITS, BODY_FACES, upper=True)
    block = paragraph.set(size=size, width=width, max_lines=3)
    while block.height > height and size > 10:
        size = max(10, round(size * 0.9))
        block = paragraph.set(size=size, width=width, max_lines=3)
    return block


def _draw_credits(poster: Image.Image, layout: Layout, look: Look) -> None:
    """The billing block: small capitals, in at most three lines, at the foot."""
    left, top, right, bottom = layout.credits
    size = max(10, round(min(poster.width, poster.height) * 0.016))
    block = _credits_block(size, right - left, bottom - top)
    colour = _mix(look.title_colour, look.bottom, 0.25)
    block.draw(
        ImageDraw.Draw(poster),
        left=left,
        top=top + max(0, (bottom - top - block.height) // 2),
        width=right - left,
        align="centre" if layout.align == "centre" else "start",
        fill=readable_colour(colour, _colours_under(poster, layout.credits)),
    )
