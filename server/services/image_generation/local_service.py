"""An offline, deterministic poster compositor: the product works with no key and no network.

The poster is laid out for its shape (tall, portrait, square, landscape, wide): the person in
a framed window cut around the face box of the best reference, on a designed background, and
the title (always) with the tagline on a solid panel, in text colours of WCAG AA contrast
with what is under them. The photo is never enlarged more than twice: the rest of its area is
background. Colours and the layout's variant come from a hash of the title and the job's
variation seed, so the same input gives the same bytes and another seed another poster.
Output is a JPEG of exactly Gemini's pixel size for the ratio/resolution.
"""

import colorsys
import hashlib
import io
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageOps

from .contrast import AA_CONTRAST, Colour, contrast_ratio
from .image_generation_error import ImageGenerationError
from .image_sizes import pixel_size
from .poster_text import BODY_FACES, TITLE_FACES, Align, Paragraph, TextBlock
from .provider_result import GeneratedImage, ReferencePhoto, Refinement, TokenUsage
from .sending_withheld import SendingWithheld

JPEG_QUALITY = 90
MAX_PHOTO_SCALE = 2.0
# Text colours are chosen with headroom over AA so that JPEG's rounding cannot take them under.
TEXT_CONTRAST = AA_CONTRAST + 0.5
WHITE: Colour = (255, 255, 255)
BLACK: Colour = (0, 0, 0)
CAPTION_BAND: Colour = (12, 12, 16)

Box = tuple[int, int, int, int]  # left, top, right, bottom


class LocalPosterService:
    """Composes a poster with Pillow; same interface as GeminiImageService."""

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
        """The prompt is not drawn; title and tagline are. Same input, same bytes.

        A refinement is an approximation of an edit: the parent is drawn anew in the
        instruction's palette, with the instruction as a caption. Nothing is sent anywhere,
        but `may_send` is asked once all the same, as every provider asks it.
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
        design = _design(title if refinement is None else refinement.instruction, variation)
        caption = refinement.instruction if refinement is not None else ""
        poster = compose_poster(
            width=width,
            height=height,
            references=references,
            title=title,
            tagline=tagline,
            caption=caption,
            design=design,
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
        )


@dataclass(frozen=True)
class Design:
    """What the title and the seed choose: the colours and the variant of the layout."""

    top: Colour  # the background's gradient, top to bottom
    bottom: Colour
    accent: Colour
    panel: Colour  # behind the text
    title_colour: Colour  # wanted; made lighter or darker when the panel asks
    tagline_colour: Colour
    mirrored: bool  # landscape and wide: the photo on the left instead of the right
    align: Align  # portrait, tall and square: the text at the start or centred
    decoration: int  # 0 rings, 1 diagonal bands, 2 a grid of dots


def _rgb(hue: float, saturation: float, value: float) -> Colour:
    red, green, blue = colorsys.hsv_to_rgb(hue % 1.0, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


def _design(key: str, variation: int) -> Design:
    """Everything from the hash of the key (the title) and the variation seed."""
    digest = hashlib.sha256(f"{variation}\n{key.strip().lower()}".encode()).digest()
    hue = digest[0] / 255
    spread = 0.08 + digest[1] / 255 * 0.25
    top = _rgb(hue, 0.55 + digest[2] / 255 * 0.3, 0.30 + digest[3] / 255 * 0.2)
    bottom = _rgb(hue + spread, 0.65, 0.08 + digest[4] / 255 * 0.08)
    accent = _rgb(hue + 0.5, 0.35 + digest[5] / 255 * 0.3, 0.95)
    light_panel = digest[6] % 3 == 0
    if light_panel:
        panel = _rgb(hue + 0.5, 0.06, 0.96)
        title_colour = _rgb(hue, 0.7, 0.2)
        tagline_colour = _rgb(hue + 0.5, 0.8, 0.35)
    else:
        panel = _rgb(hue + spread, 0.75, 0.16 + digest[7] / 255 * 0.16)
        title_colour = _rgb(hue + 0.5, 0.08, 1.0)
        tagline_colour = accent
    return Design(
        top=top,
        bottom=bottom,
        accent=accent,
        panel=panel,
        title_colour=title_colour,
        tagline_colour=tagline_colour,
        mirrored=bool(digest[8] & 1),
        align="centre" if digest[9] & 1 else "start",
        decoration=digest[10] % 3,
    )


@dataclass(frozen=True)
class Layout:
    """Where things go on a poster of one shape."""

    name: str
    photo: Box  # the photo's window sits in it, the background around it
    panel: Box  # solid, behind the text
    text: Box  # the title and tagline, inside the panel
    rule: Box  # an accent line along the panel's edge beside the photo
    align: Align
    title_size: int  # to start from; smaller when the title does not fit
    max_title_lines: int


def layout_for(width: int, height: int, design: Design, *, caption_height: int = 0) -> Layout:
    """The layout for the poster's shape: photo above the text when it is taller than wide
    (the taller, the larger the text's share), beside it when wider."""
    ratio = width / height
    short = min(width, height)
    rule_w = max(2, round(short * 0.008))
    if ratio <= 1.15:
        name, share, title_k = (
            ("tall", 0.42, 0.12)
            if ratio < 0.62
            else ("portrait", 0.36, 0.1)
            if ratio < 0.9
            else ("square", 0.32, 0.085)
        )
        split = round(height * (1 - share)) - caption_height
        margin = round(short * 0.065)
        return Layout(
            name=name,
            photo=(0, 0, width, split),
            panel=(0, split, width, height - caption_height),
            text=(
                margin,
                split + margin,
                width - margin,
                height - caption_height - margin * 3 // 4,
            ),
            rule=(0, split, width, split + rule_w),
            align=design.align,
            title_size=round(short * title_k),
            max_title_lines=3,
        )
    name, share = ("landscape", 0.5) if ratio < 2 else ("wide", 0.36)
    photo_w = round(width * share)
    margin = round(short * 0.08)
    bottom = height - caption_height
    if design.mirrored:  # photo left, text right
        photo = (0, 0, photo_w, bottom)
        panel = (photo_w, 0, width, bottom)
        rule = (photo_w, 0, photo_w + rule_w, bottom)
    else:
        photo = (width - photo_w, 0, width, bottom)
        panel = (0, 0, width - photo_w, bottom)
        rule = (width - photo_w - rule_w, 0, width - photo_w, bottom)
    text = (panel[0] + margin, margin, panel[2] - margin, bottom - margin)
    return Layout(
        name=name,
        photo=photo,
        panel=panel,
        text=text,
        rule=rule,
        align="start",
        title_size=round(short * (0.11 if name == "landscape" else 0.13)),
        max_title_lines=4 if name == "landscape" else 3,
    )


def compose_poster(
    *,
    width: int,
    height: int,
    references: list[ReferencePhoto],
    title: str,
    tagline: str,
    caption: str,
    design: Design,
) -> Image.Image:
    """The poster as an RGB image, before it is encoded."""
    caption_size = max(10, round(min(width, height) * 0.022))
    caption_height = round(caption_size * 2.2) if caption.strip() else 0
    layout = layout_for(width, height, design, caption_height=caption_height)
    poster = Image.new("RGB", (width, height), design.panel)
    _draw_background(poster, layout.photo, design)
    reference = best_reference(references)
    if reference is not None:
        _draw_photo(poster, reference, place_photo(reference, _inset(layout.photo)), design)
    draw = ImageDraw.Draw(poster)
    draw.rectangle(layout.panel, fill=design.panel)
    draw.rectangle(layout.rule, fill=design.accent)
    _draw_text(poster, layout, title, tagline, design)
    if caption_height:
        _draw_caption(poster, caption, caption_size, caption_height)
    return poster


def _inset(area: Box) -> Box:
    """The photo's area less a margin, so its frame and shadow show."""
    left, top, right, bottom = area
    margin = round(min(right - left, bottom - top) * 0.07)
    return left + margin, top + margin, right - margin, bottom - margin


def _mix(first: Colour, second: Colour, amount: float) -> Colour:
    """`first` moved `amount` (0-1) of the way to `second`."""
    return (
        round(first[0] + (second[0] - first[0]) * amount),
        round(first[1] + (second[1] - first[1]) * amount),
        round(first[2] + (second[2] - first[2]) * amount),
    )


def _draw_background(poster: Image.Image, area: Box, design: Design) -> None:
    """A gradient with a soft light in the middle, and the design's decoration."""
    left, top, right, bottom = area
    size = (right - left, bottom - top)
    if size[0] <= 0 or size[1] <= 0:
        return
    gradient = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    background = ImageOps.colorize(gradient, black=design.top, white=design.bottom)
    glow = Image.radial_gradient("L").resize(size, Image.Resampling.BILINEAR)
    glow = ImageOps.invert(glow).point(lambda v: v * 2 // 5)
    tint = Image.new("RGB", size, _mix(design.top, WHITE, 0.25))
    background = Image.composite(tint, background, glow)
    _decorate(ImageDraw.Draw(background), size, design)
    poster.paste(background, (left, top))


def _decorate(draw: ImageDraw.ImageDraw, size: tuple[int, int], design: Design) -> None:
    width, height = size
    colour = _mix(design.top, design.accent, 0.12)
    line = max(2, round(min(width, height) * 0.006))
    if design.decoration == 0:  # rings around the middle
        cx, cy = width / 2, height / 2
        step = min(width, height) * 0.11
        for ring in range(1, math.ceil(math.hypot(cx, cy) / step) + 1):
            r = ring * step
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=line)
    elif design.decoration == 1:  # diagonal bands
        step = round(min(width, height) * 0.16)
        for x in range(-height, width + step, step):
            draw.polygon(
                [
                    (x, height),
                    (x + height, 0),
                    (x + height + step // 3, 0),
                    (x + step // 3, height),
                ],
                fill=colour,
            )
    else:  # a grid of dots
        step = max(8, round(min(width, height) * 0.06))
        r = max(2, step // 9)
        for y in range(step // 2, height, step):
            for x in range(step // 2, width, step):
                draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)


def best_reference(references: list[ReferencePhoto]) -> ReferencePhoto | None:
    """The reference with the largest face box (the first on a tie), else the first."""
    with_face = [r for r in references if r.face_box]
    if with_face:
        return max(with_face, key=lambda r: r.face_box[2] * r.face_box[3] if r.face_box else 0)
    return references[0] if references else None


@dataclass(frozen=True)
class PhotoPlacement:
    """Which part of the reference goes where on the poster."""

    crop: tuple[float, float, float, float]  # in the reference's pixels
    box: Box  # on the poster

    @property
    def scale(self) -> float:
        """How much the crop is enlarged (below 1 when it is shrunk)."""
        return max(
            (self.box[2] - self.box[0]) / (self.crop[2] - self.crop[0]),
            (self.box[3] - self.box[1]) / (self.crop[3] - self.crop[1]),
        )


def place_photo(reference: ReferencePhoto, area: Box) -> PhotoPlacement:
    """Head and shoulders around the face (or the middle of the photo) as large as `area`
    takes, but never enlarged more than MAX_PHOTO_SCALE: when that leaves room, more of the
    photo is shown, and then the window is smaller than the area, centred in it."""
    img_w, img_h = reference.width, reference.height
    area_w, area_h = area[2] - area[0], area[3] - area[1]
    aspect = min(1.5, max(0.66, area_w / area_h))
    if reference.face_box:
        fx, fy, fw, fh = reference.face_box
        crop_h = min(float(img_h), fh * 3.2)
        centre_x, face_y = fx + fw / 2, fy + fh * 0.45
    else:
        crop_h = float(img_h)
        centre_x, face_y = img_w / 2, img_h * 0.4
    crop_w = crop_h * aspect
    if crop_w > img_w:
        crop_w, crop_h = float(img_w), img_w / aspect
    fit = min(area_w / crop_w, area_h / crop_h)
    if fit > MAX_PHOTO_SCALE:  # show more of the photo rather than enlarge it more
        grow = min(fit / MAX_PHOTO_SCALE, img_w / crop_w, img_h / crop_h)
        crop_w, crop_h = crop_w * grow, crop_h * grow
    scale = min(MAX_PHOTO_SCALE, area_w / crop_w, area_h / crop_h)
    left = min(max(0.0, centre_x - crop_w / 2), img_w - crop_w)
    top = min(max(0.0, face_y - crop_h * 0.4), img_h - crop_h)  # the face 40% from the top
    box_w, box_h = math.floor(crop_w * scale), math.floor(crop_h * scale)
    box_left = area[0] + (area_w - box_w) // 2
    box_top = area[1] + (area_h - box_h) // 2
    return PhotoPlacement(
        crop=(left, top, left + crop_w, top + crop_h),
        box=(box_left, box_top, box_left + box_w, box_top + box_h),
    )


def _draw_photo(
    poster: Image.Image, reference: ReferencePhoto, placement: PhotoPlacement, design: Design
) -> None:
    """The photo in a rounded window with an accent frame and a soft shadow."""
    left, top, right, bottom = placement.box
    box_w, box_h = right - left, bottom - top
    with Image.open(io.BytesIO(reference.jpeg)) as source:
        if placement.scale < 1:  # JPEG: decode at a reduced scale when it will be shrunk
            source.draft(
                "RGB",
                (
                    math.ceil(source.width * placement.scale),
                    math.ceil(source.height * placement.scale),
                ),
            )
        image = source.convert("RGB")
    scale_x = image.width / reference.width if reference.width else 1.0
    scale_y = image.height / reference.height if reference.height else 1.0
    cl, ct, cr, cb = placement.crop
    crop = (cl * scale_x, ct * scale_y, cr * scale_x, cb * scale_y)
    photo = image.resize((box_w, box_h), Image.Resampling.LANCZOS, box=crop)
    short = min(box_w, box_h)
    radius = round(short * 0.04)
    frame = max(2, round(min(poster.width, poster.height) * 0.006))
    # The shadow: a dark rounded rectangle, blurred at a quarter of the size.
    offset = max(2, round(short * 0.025))
    pad = offset * 4
    shadow = Image.new("L", ((box_w + 2 * pad) // 4, (box_h + 2 * pad) // 4), 0)
    ImageDraw.Draw(shadow).rounded_rectangle(
        (pad // 4, pad // 4, (pad + box_w) // 4, (pad + box_h) // 4), radius=radius // 4, fill=150
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(max(1, offset // 3))).resize(
        (box_w + 2 * pad, box_h + 2 * pad), Image.Resampling.BILINEAR
    )
    poster.paste(_mix(design.bottom, BLACK, 0.6), (left - pad + offset, top - pad + offset), shadow)
    window = (left - frame, top - frame, right + frame, bottom + frame)
    ImageDraw.Draw(poster).rounded_rectangle(window, radius=radius + frame, fill=design.accent)
    mask = Image.new("L", (box_w, box_h), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, box_w - 1, box_h - 1), radius=radius, fill=255)
    poster.paste(photo, (left, top), mask)


def _colours_under(poster: Image.Image, box: Box) -> list[Colour]:
    """The colours in `box` (a sample of them when there are many)."""
    region = poster.crop(box)
    colours = region.getcolors(maxcolors=4096)
    if colours is None:
        region = region.resize((64, 64), Image.Resampling.NEAREST)
        colours = region.getcolors(maxcolors=4096) or []
    return [
        (colour[0], colour[1], colour[2]) for _count, colour in colours if isinstance(colour, tuple)
    ]


def readable_colour(wanted: Colour, backgrounds: list[Colour]) -> Colour:
    """`wanted` when it contrasts TEXT_CONTRAST with every background colour, else the
    nearest shade of it towards white or black (whichever contrasts better) that does."""
    if not backgrounds:
        return wanted

    def worst(colour: Colour) -> float:
        return min(contrast_ratio(colour, background) for background in backgrounds)

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
            gap=round(title_size * 0.55),
        )
        blocks = (fitted.title, fitted.tagline)
        fits = fitted.height <= box_h and not any(b.truncated or b.cut for b in blocks)
        if fits or title_size == min_title:
            break
        title_size = max(min_title, round(title_size * 0.92))
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
    return _SetText(title=title_block, tagline=tagline_block, gap=round(min_title * 0.55))


def _draw_text(
    poster: Image.Image, layout: Layout, title: str, tagline: str, design: Design
) -> None:
    """Title and tagline, centred in height in the text box, in colours readable on it."""
    left, top, right, _bottom = layout.text
    short = min(poster.width, poster.height)
    fitted = _fit_text(
        Paragraph.of(title.strip(), TITLE_FACES, upper=True),
        Paragraph.of(tagline.strip(), BODY_FACES),
        layout,
        short,
    )
    backgrounds = _colours_under(poster, layout.text)
    draw = ImageDraw.Draw(poster)
    y = top + max(0, (layout.text[3] - top - fitted.height) // 2)
    for block, colour in (
        (fitted.title, design.title_colour),
        (fitted.tagline, design.tagline_colour),
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


def _draw_caption(poster: Image.Image, instruction: str, size: int, band_height: int) -> None:
    """The instruction in small type on a dark band along the bottom edge."""
    draw = ImageDraw.Draw(poster)
    band_top = poster.height - band_height
    draw.rectangle((0, band_top, poster.width, poster.height), fill=CAPTION_BAND)
    margin = size
    caption = Paragraph.of(f"Refined: {instruction.strip()}", BODY_FACES)
    block = caption.set(size=size, width=poster.width - 2 * margin, max_lines=1)
    block.draw(
        draw,
        left=margin,
        top=band_top + (band_height - block.height) // 2,
        width=poster.width - 2 * margin,
        align="start",
        fill=readable_colour((235, 235, 235), [CAPTION_BAND]),
    )
