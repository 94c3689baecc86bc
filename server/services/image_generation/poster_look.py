"""The offline poster's colours and light: from the title and the seed, or from the words of
a refinement's instruction, read against one table.

A refinement is drawn as its parent was (the same photo, layout and text) in the palette and
light its instruction names; `understood` says in a few words what was read from it, and
words the table does not know change nothing.
"""

import colorsys
import hashlib
import re
from dataclasses import dataclass, replace

from .contrast import Colour


@dataclass(frozen=True)
class Look:
    """Everything of a poster's colour and light."""

    top: Colour  # the background's gradient, top to bottom
    bottom: Colour
    light: Colour  # the glow behind the person
    light_strength: float  # 0-1
    tint: Colour  # the colour cast the person takes, so they sit in the poster's light
    tint_amount: float  # 0-1
    rim: Colour | None  # light along the person's edges, from behind
    title_colour: Colour  # wanted; made lighter or darker where the background asks
    tagline_colour: Colour
    monochrome: bool = False
    sepia: bool = False
    haze: float = 0.0  # 0-1: the background washed towards the light
    stars: bool = False
    key_from_left: bool = True  # the side the person's key light comes from


def rgb(hue: float, saturation: float, value: float) -> Colour:
    red, green, blue = colorsys.hsv_to_rgb(hue % 1.0, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


def look_for(title: str, variation: int) -> Look:
    """The look of a fresh poster: every colour from the hash of its title and its seed."""
    digest = hashlib.sha256(f"{variation}\n{title.strip().lower()}".encode()).digest()
    hue = digest[0] / 255
    spread = 0.06 + digest[1] / 255 * 0.2
    return Look(
        top=rgb(hue, 0.55 + digest[2] / 255 * 0.3, 0.34 + digest[3] / 255 * 0.18),
        bottom=rgb(hue + spread, 0.7, 0.05 + digest[4] / 255 * 0.06),
        light=rgb(hue + 0.04, 0.25 + digest[5] / 255 * 0.3, 1.0),
        light_strength=0.45 + digest[6] / 255 * 0.3,
        tint=rgb(hue, 0.5, 0.7),
        tint_amount=0.08 + digest[7] / 255 * 0.08,
        rim=rgb(hue + 0.5, 0.35, 1.0) if digest[8] % 3 == 0 else None,
        title_colour=rgb(hue + 0.5, 0.06, 1.0),
        tagline_colour=rgb(hue + 0.5, 0.3, 0.96),
        key_from_left=bool(digest[9] & 1),
    )


@dataclass(frozen=True)
class Palette:
    """A named set of colours an instruction may ask for."""

    top: Colour
    bottom: Colour
    light: Colour
    tint: Colour
    title: Colour
    tagline: Colour


def _hue_palette(hue: float, *, saturation: float = 0.75) -> Palette:
    return Palette(
        top=rgb(hue, saturation, 0.45),
        bottom=rgb(hue + 0.03, 0.8, 0.07),
        light=rgb(hue, 0.35, 1.0),
        tint=rgb(hue, 0.6, 0.75),
        title=rgb(hue, 0.06, 1.0),
        tagline=rgb(hue, 0.28, 1.0),
    )


@dataclass(frozen=True)
class PaletteWord:
    pattern: str  # a regular expression, matched on whole words of the lower-cased text
    label: str  # what the result says was understood
    palette: Palette
    stars: bool = False


@dataclass(frozen=True)
class LightWord:
    pattern: str
    label: str
    light_strength: float | None = None  # None: as it was
    rim: bool = False  # light along the edges, in the colour named before it or the palette's
    haze: float | None = None
    darker: float = 0.0  # 0-1: the background towards black (low key) ...
    lighter: float = 0.0  # ... or towards the light (high key)


@dataclass(frozen=True)
class ToneWord:
    pattern: str
    label: str
    monochrome: bool = False
    sepia: bool = False


# The colours an instruction may name for the palette or for a rim light (hue, saturation).
COLOUR_WORDS: dict[str, tuple[float, float]] = {
    "red": (0.0, 0.8),
    "crimson": (0.97, 0.8),
    "orange": (0.07, 0.85),
    "amber": (0.1, 0.85),
    "yellow": (0.14, 0.8),
    "gold": (0.12, 0.75),
    "golden": (0.12, 0.75),
    "green": (0.33, 0.7),
    "emerald": (0.4, 0.75),
    "teal": (0.48, 0.75),
    "cyan": (0.5, 0.7),
    "turquoise": (0.47, 0.7),
    "blue": (0.6, 0.8),
    "navy": (0.63, 0.85),
    "purple": (0.77, 0.7),
    "violet": (0.76, 0.65),
    "magenta": (0.88, 0.75),
    "pink": (0.92, 0.5),
}

# Read in this order: the first palette word found is the palette (the more particular
# first), every light word found adds its light, and a tone word greys or browns it all.
PALETTE_WORDS: tuple[PaletteWord, ...] = (
    PaletteWord(
        r"night[- ]sky|starry|stars|starlit",
        "night-sky palette",
        Palette(
            top=(18, 28, 72),
            bottom=(3, 5, 16),
            light=(150, 175, 255),
            tint=(70, 95, 170),
            title=(235, 240, 255),
            tagline=(170, 195, 255),
        ),
        stars=True,
    ),
    PaletteWord(
        r"sunset|dusk",
        "sunset palette",
        Palette(
            top=(232, 112, 52),
            bottom=(52, 14, 48),
            light=(255, 190, 110),
            tint=(240, 120, 60),
            title=(255, 244, 228),
            tagline=(255, 205, 150),
        ),
    ),
    PaletteWord(
        r"sunrise|dawn|morning",
        "sunrise palette",
        Palette(
            top=(250, 176, 140),
            bottom=(70, 60, 110),
            light=(255, 225, 170),
            tint=(255, 170, 130),
            title=(255, 248, 240),
            tagline=(255, 222, 190),
        ),
    ),
    PaletteWord(
        r"golden[- ]hour",
        "golden-hour palette",
        Palette(
            top=(214, 150, 50),
            bottom=(48, 26, 8),
            light=(255, 214, 130),
            tint=(230, 160, 70),
            title=(255, 246, 225),
            tagline=(255, 220, 150),
        ),
    ),
    PaletteWord(
        r"night|midnight|nocturnal",
        "night palette",
        Palette(
            top=(22, 30, 60),
            bottom=(4, 6, 14),
            light=(120, 150, 230),
            tint=(60, 80, 150),
            title=(232, 238, 255),
            tagline=(165, 185, 240),
        ),
    ),
    PaletteWord(
        r"neon|cyberpunk",
        "neon palette",
        Palette(
            top=(120, 20, 140),
            bottom=(8, 4, 30),
            light=(60, 230, 255),
            tint=(200, 60, 220),
            title=(250, 240, 255),
            tagline=(120, 240, 255),
        ),
    ),
    PaletteWord(
        r"warm(?:er|th)?|cosy|cozy|fire|fiery",
        "warm orange palette",
        Palette(
            top=(200, 96, 36),
            bottom=(42, 12, 6),
            light=(255, 190, 120),
            tint=(230, 130, 60),
            title=(255, 244, 230),
            tagline=(255, 208, 160),
        ),
    ),
    PaletteWord(
        r"cool(?:er)?|cold(?:er)?|icy|ice|winter",
        "cool blue palette",
        Palette(
            top=(50, 110, 170),
            bottom=(6, 16, 34),
            light=(190, 225, 255),
            tint=(90, 140, 200),
            title=(240, 248, 255),
            tagline=(180, 215, 250),
        ),
    ),
    PaletteWord(
        r"forest|jungle|nature",
        "forest green palette",
        _hue_palette(0.36, saturation=0.65),
    ),
    PaletteWord(r"ocean|sea|underwater", "ocean palette", _hue_palette(0.53)),
    *(
        PaletteWord(name, f"{name} palette", _hue_palette(hue, saturation=saturation))
        for name, (hue, saturation) in COLOUR_WORDS.items()
    ),
)

LIGHT_WORDS: tuple[LightWord, ...] = (
    LightWord(r"rim[- ]?(?:light(?:s|ing|ed)?|lit)", "rim light", rim=True),
    LightWord(r"back[- ]?(?:light(?:s|ing|ed)?|lit)|halo", "back light", 0.95, rim=True),
    LightWord(r"spot[- ]?light(?:s|ing)?", "spotlight", light_strength=1.0, darker=0.35),
    LightWord(r"soft(?:er)?(?: light)?|gentle|diffused?", "soft light", 0.45, haze=0.12),
    LightWord(
        r"dramatic|moody|dark(?:er)?|noir|low[- ]key|shadows?",
        "low-key light",
        darker=0.45,
    ),
    LightWord(r"bright(?:er)?|airy|high[- ]key|sunny", "bright light", 0.9, lighter=0.25),
    LightWord(r"fog(?:gy)?|haze|hazy|mist(?:y)?|smoke|smoky|dreamy", "haze", haze=0.35),
    LightWord(r"glow(?:ing|s)?|radiant|luminous", "glow", light_strength=1.0),
)

TONE_WORDS: tuple[ToneWord, ...] = (
    ToneWord(
        r"black[- ]and[- ]white|black ?& ?white|b ?& ?w|b/w|monochrome|grey ?scale|gray ?scale",
        "black and white",
        monochrome=True,
    ),
    ToneWord(r"sepia|vintage|old[- ]fashioned|retro", "sepia tone", sepia=True),
)

_COLOUR_PATTERN = "|".join(COLOUR_WORDS)
NOTHING_UNDERSTOOD = "no colour or light it knows: drawn as before"


def _find(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\w&/])(?:{pattern})(?![\w&/])", text)


def _mix(first: Colour, second: Colour, amount: float) -> Colour:
    return (
        round(first[0] + (second[0] - first[0]) * amount),
        round(first[1] + (second[1] - first[1]) * amount),
        round(first[2] + (second[2] - first[2]) * amount),
    )


def refined_look(look: Look, instruction: str) -> tuple[Look, str]:
    """`look` changed as the instruction's colour and light words ask, and what was read
    from it ("warm orange palette, rim light"). The instruction itself is never drawn."""
    text = " ".join(instruction.lower().split())
    lights: list[tuple[LightWord, Colour | None, str]] = []
    for word in LIGHT_WORDS:
        found = _find(rf"(?:(?P<colour>{_COLOUR_PATTERN})[- ])?(?:{word.pattern})", text)
        if found is None:
            continue
        # A colour just before a light ("blue rim light") colours the light, not the palette.
        name = found.group("colour")
        colour = rgb(COLOUR_WORDS[name][0], 0.55, 1.0) if name else None
        lights.append((word, colour, f"{name} {word.label}" if name else word.label))
        text = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
    understood: list[str] = []
    palette_word = next((p for p in PALETTE_WORDS if _find(p.pattern, text)), None)
    if palette_word is not None:
        palette = palette_word.palette
        understood.append(palette_word.label)
        look = replace(
            look,
            top=palette.top,
            bottom=palette.bottom,
            light=palette.light,
            tint=palette.tint,
            tint_amount=max(look.tint_amount, 0.16),
            rim=palette.light if look.rim is not None else None,
            title_colour=palette.title,
            tagline_colour=palette.tagline,
            stars=palette_word.stars,
        )
    for word, colour, label in lights:
        understood.append(label)
        look = _lit(look, word, colour)
    for tone in TONE_WORDS:
        if _find(tone.pattern, text) is not None:
            understood.append(tone.label)
            look = replace(look, monochrome=look.monochrome or tone.monochrome, sepia=tone.sepia)
    return look, ", ".join(understood) or NOTHING_UNDERSTOOD


def _lit(look: Look, word: LightWord, colour: Colour | None) -> Look:
    """`look` with the light a word names; a rim light without a colour takes the light's."""
    changes: dict[str, object] = {}
    if word.light_strength is not None:
        changes["light_strength"] = word.light_strength
    if word.rim:
        changes["rim"] = colour or look.light
    if word.haze is not None:
        changes["haze"] = word.haze
    if word.darker:
        changes["top"] = _mix(look.top, (0, 0, 0), word.darker)
        changes["bottom"] = _mix(look.bottom, (0, 0, 0), word.darker)
    if word.lighter:
        changes["top"] = _mix(look.top, look.light, word.lighter)
    return replace(look, **changes)  # type: ignore[arg-type]
