"""An offline, deterministic poster compositor: the product works with no key and no network.

The poster is the person (cropped around the face box of the first reference that has one),
on a gradient whose palette comes from a hash of the title, with the title large and the
tagline below it. Output is a JPEG of exactly Gemini's pixel size for the ratio/resolution.
"""

import colorsys
import hashlib
import io
import time

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from .image_generation_error import ImageGenerationError
from .image_sizes import pixel_size
from .provider_result import GeneratedImage, ReferencePhoto, Refinement, TokenUsage

JPEG_QUALITY = 90


class LocalPosterService:
    """Composes a poster with Pillow; same interface as GeminiImageService."""

    provider_name = "local"
    sends_photos_away = False
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
    ) -> GeneratedImage:
        """The prompt is not drawn; title and tagline are. Same input, same bytes.

        A refinement is an approximation of an edit: the parent is drawn anew in the
        instruction's palette, with the instruction as a caption.
        """
        started = time.monotonic()
        try:
            width, height = pixel_size(aspect_ratio, resolution)
        except ValueError:
            raise ImageGenerationError(
                ImageGenerationError.BAD_REQUEST,
                f"The aspect ratio {aspect_ratio} at {resolution} is not offered.",
                attempts=0,
            ) from None
        palette = _palette(title if refinement is None else refinement.instruction)
        poster = _background(width, height, palette)
        landscape = width > height * 1.15
        photo_box, text_box = _layout(width, height, landscape)
        person = _person_photo(references, photo_box)
        if person is not None:
            photo, mask = person
            poster.paste(photo, photo_box[:2], mask)
        else:  # no photo: the text takes the middle of the poster
            margin = round(min(width, height) * 0.08)
            text_box = (margin, margin, width - margin, height - margin)
        _draw_text(poster, text_box, title, tagline, palette)
        if refinement is not None:
            _draw_caption(poster, refinement.instruction)
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


Colour = tuple[int, int, int]
Box = tuple[int, int, int, int]  # left, top, right, bottom


def _palette(title: str) -> tuple[Colour, Colour, Colour]:
    """Dark top, deeper bottom and a bright accent, all from the title's hash."""
    digest = hashlib.sha256(title.strip().lower().encode()).digest()
    hue = digest[0] / 255
    spread = 0.08 + digest[1] / 255 * 0.25

    def rgb(h: float, s: float, v: float) -> Colour:
        r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
        return round(r * 255), round(g * 255), round(b * 255)

    top = rgb(hue, 0.55 + digest[2] / 255 * 0.3, 0.30 + digest[3] / 255 * 0.2)
    bottom = rgb(hue + spread, 0.65, 0.08 + digest[4] / 255 * 0.08)
    accent = rgb(hue + 0.5, 0.35 + digest[5] / 255 * 0.3, 0.95)
    return top, bottom, accent


def _background(width: int, height: int, palette: tuple[Colour, Colour, Colour]) -> Image.Image:
    top, bottom, _accent = palette
    gradient = Image.linear_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    background = ImageOps.colorize(gradient, black=top, white=bottom)
    # A soft light behind the person: a radial gradient, tinted and screened on.
    glow = Image.radial_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    glow = ImageOps.invert(glow).point(lambda v: v * 2 // 5)
    tint = Image.new("RGB", (width, height), tuple(min(255, c + 60) for c in top))
    return Image.composite(tint, background, glow)


def _layout(width: int, height: int, landscape: bool) -> tuple[Box, Box]:
    margin = round(min(width, height) * 0.05)
    if landscape:  # photo on the right, text on the left
        split = round(width * 0.52)
        return (split, 0, width, height), (margin, margin, split - margin // 2, height - margin)
    split = round(height * 0.66)  # photo above, text below
    return (0, 0, width, split), (margin, split, width - margin, height - margin)


def _person_photo(
    references: list[ReferencePhoto], box: Box
) -> tuple[Image.Image, Image.Image] | None:
    """The person cut to fill `box`, with a mask that fades into the background."""
    if not references:
        return None
    reference = next((r for r in references if r.face_box), references[0])
    box_w, box_h = box[2] - box[0], box[3] - box[1]
    with Image.open(io.BytesIO(reference.jpeg)) as source:
        source.draft("RGB", (box_w, box_h))  # JPEG: decode at a reduced scale when possible
        image = source.convert("RGB")
    scale_x = image.width / reference.width if reference.width else 1.0
    scale_y = image.height / reference.height if reference.height else 1.0
    crop = _crop_box(image.size, reference.face_box, (scale_x, scale_y), box_w / box_h)
    photo = image.resize((box_w, box_h), Image.Resampling.BILINEAR, box=crop)
    return photo, _fade_mask(box_w, box_h)


def _crop_box(
    size: tuple[int, int],
    face_box: tuple[int, int, int, int] | None,
    scale: tuple[float, float],
    aspect: float,
) -> tuple[float, float, float, float]:
    """A crop of the wanted aspect: head and shoulders around the face, else the centre."""
    img_w, img_h = size
    if face_box:
        fx, fw = face_box[0] * scale[0], face_box[2] * scale[0]
        fy, fh = face_box[1] * scale[1], face_box[3] * scale[1]
        crop_h = min(img_h, fh * 3.2)
        crop_w = crop_h * aspect
        if crop_w > img_w:
            crop_w = img_w
            crop_h = crop_w / aspect
        centre_x = fx + fw / 2
        top = fy + fh * 0.45 - crop_h * 0.4  # face centre at 40% from the top
    else:
        crop_w, crop_h = img_w, img_w / aspect
        if crop_h > img_h:
            crop_h = img_h
            crop_w = crop_h * aspect
        centre_x = img_w / 2
        top = (img_h - crop_h) / 2
    left = min(max(0.0, centre_x - crop_w / 2), img_w - crop_w)
    top = min(max(0.0, top), img_h - crop_h)
    return left, top, left + crop_w, top + crop_h


def _fade_mask(width: int, height: int) -> Image.Image:
    """Opaque in the middle, fading out at every edge."""
    edge = max(2, round(min(width, height) * 0.12))
    small = Image.new("L", (width // 4 or 1, height // 4 or 1), 0)
    inner = (edge // 4, edge // 4, small.width - edge // 4, small.height - edge // 4)
    ImageDraw.Draw(small).rectangle(inner, fill=255)
    small = small.filter(ImageFilter.BoxBlur(max(1, edge // 8)))
    return small.resize((width, height), Image.Resampling.BILINEAR)


def _draw_text(
    poster: Image.Image,
    box: Box,
    title: str,
    tagline: str,
    palette: tuple[Colour, Colour, Colour],
) -> None:
    left, top, right, bottom = box
    box_w, box_h = right - left, bottom - top
    draw = ImageDraw.Draw(poster)
    short_side = min(poster.width, poster.height)
    title_text = (title.strip() or "Untitled").upper()
    title_size = max(12, round(short_side * 0.085))
    tagline_size = max(10, round(short_side * 0.035))
    # Shrink until the title (at most three lines) and the tagline fit the box.
    while True:
        title_font = ImageFont.load_default(size=title_size)
        tagline_font = ImageFont.load_default(size=tagline_size)
        title_lines = _wrap(draw, title_text, title_font, box_w)
        tagline_lines = _wrap(draw, tagline.strip(), tagline_font, box_w) if tagline else []
        title_h = len(title_lines) * round(title_size * 1.1)
        tagline_h = len(tagline_lines) * round(tagline_size * 1.35)
        gap = round(title_size * 0.5) if tagline_lines else 0
        total = title_h + gap + tagline_h
        fits = total <= box_h and len(title_lines) <= 3
        fits = fits and all(draw.textlength(line, font=title_font) <= box_w for line in title_lines)
        if fits or title_size <= 12:
            break
        title_size = max(12, round(title_size * 0.88))
        tagline_size = max(10, round(tagline_size * 0.92))
    y = top + max(0, (box_h - total) // 2)
    stroke = max(1, title_size // 24)
    _top, bottom_colour, accent = palette
    for line in title_lines:
        draw.text(
            (left, y),
            line,
            font=title_font,
            fill=(255, 255, 255),
            stroke_width=stroke,
            stroke_fill=bottom_colour,
        )
        y += round(title_size * 1.1)
    y += gap
    rule_y = y - gap // 2
    draw.line((left, rule_y, left + box_w // 4, rule_y), fill=accent, width=max(2, stroke * 2))
    for line in tagline_lines:
        draw.text((left, y), line, font=tagline_font, fill=accent)
        y += round(tagline_size * 1.35)


def _draw_caption(poster: Image.Image, instruction: str) -> None:
    """The instruction in small type on a dark band along the bottom edge."""
    size = max(10, round(min(poster.width, poster.height) * 0.022))
    font = ImageFont.load_default(size=size)
    draw = ImageDraw.Draw(poster)
    margin = size
    text = instruction.strip()
    while text and draw.textlength(f"Refined: {text}", font=font) > poster.width - 2 * margin:
        text = text[:-2].rstrip() + "…"
    band_top = poster.height - round(size * 2.2)
    draw.rectangle((0, band_top, poster.width, poster.height), fill=(12, 12, 16))
    caption = f"Refined: {text}"
    draw.text((margin, band_top + round(size * 0.55)), caption, font=font, fill=(235, 235, 235))


def _wrap(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if not current or draw.textlength(candidate, font=font) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
