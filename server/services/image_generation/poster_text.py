"""Text for the offline poster: the vendored Noto fonts, one per script, shaped by raqm.

A text is split into words and each word into runs of one font: a letter is drawn with the
first font whose cmap maps it to a glyph FreeType can draw (Noto Sans for Latin, Greek and
Cyrillic, then Noto Sans Arabic, then Noto Sans Hebrew; a glyph too complex for FreeType's
rasteriser, as the bold Arabic font's U+FDFD, is taken from the next font that has it);
punctuation, digits and marks stay in the run beside them when its font has them. A
character no font has (an emoji) is dropped with what hangs on it (variation selectors,
joiners), so nothing is drawn as a missing-glyph box. A word wider than the line is cut, a
glyph wider than the line on its own is left out, and a text longer than its lines ends in
an ellipsis: any title can be set. A line is
ordered as the Unicode bidirectional algorithm orders two levels: the words of a
right-to-left run go right to left, and a paragraph that starts right to left is set from
the right.
"""

import functools
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from fontTools.ttLib import TTFont
from PIL import ImageDraw, ImageFont, features

log = logging.getLogger(__name__)

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
ELLIPSIS = "…"

Colour = tuple[int, int, int]
Align = Literal["start", "centre"]
T = TypeVar("T")


@functools.cache
def _code_points(path: Path) -> frozenset[int]:
    """The code points the font's Unicode cmap maps to a glyph other than .notdef."""
    with TTFont(path, lazy=True) as font:
        cmap = font.getBestCmap()
    return frozenset(point for point, glyph in cmap.items() if glyph != ".notdef")


@dataclass(frozen=True)
class FontFace:
    """One vendored font file."""

    file_name: str

    @functools.cached_property
    def path(self) -> Path:
        return FONTS_DIR / self.file_name

    def covers(self, char: str) -> bool:
        """Whether the font has a glyph of its own for `char` (not the missing-glyph box)
        that FreeType can draw."""
        return ord(char) in _code_points(self.path) and _renders(self.path, char)


# The size glyphs are tried at: a glyph FreeType cannot draw at it (its rasteriser runs out
# of room: "raster overflow") is not taken from that font.
PROBE_SIZE = 64


@functools.cache
def _renders(path: Path, char: str) -> bool:
    if char.isspace():
        return True
    try:
        _font(path, PROBE_SIZE, ImageFont.Layout.BASIC).getmask(char)
    except (OSError, RuntimeError, ValueError):
        log.info("%s cannot draw U+%04X; another font draws it", path.name, ord(char))
        return False
    return True


TITLE_FACES: tuple[FontFace, ...] = (
    FontFace("NotoSans-Bold.ttf"),
    FontFace("NotoSansArabic-Bold.ttf"),
    FontFace("NotoSansHebrew-Bold.ttf"),
    # What a bold font has but cannot draw (see PROBE_SIZE) is taken from the regular one.
    FontFace("NotoSansArabic-Regular.ttf"),
)
BODY_FACES: tuple[FontFace, ...] = (
    FontFace("NotoSans-Regular.ttf"),
    FontFace("NotoSansArabic-Regular.ttf"),
    FontFace("NotoSansHebrew-Regular.ttf"),
)


@functools.cache
def layout_engine() -> ImageFont.Layout:
    """raqm (shaping, right to left, ligatures) when Pillow has it; said once when not."""
    if features.check_feature("raqm"):
        return ImageFont.Layout.RAQM
    log.warning(
        "Pillow was built without libraqm: the offline poster draws Arabic and Hebrew "
        "unshaped (letters not joined, right-to-left words reversed by hand). Install "
        "libraqm and reinstall Pillow to shape them."
    )
    return ImageFont.Layout.BASIC


@functools.lru_cache(maxsize=256)
def _font(path: Path, size: int, engine: ImageFont.Layout) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=engine)


# Fitting a text tries several sizes and line counts, measuring the same words again.
@functools.lru_cache(maxsize=8192)
def _length(
    path: Path, size: int, engine: ImageFont.Layout, text: str, direction: str | None
) -> float:
    return _font(path, size, engine).getlength(text, direction=direction)


@functools.lru_cache(maxsize=8192)
def _extent(
    path: Path, size: int, engine: ImageFont.Layout, text: str, direction: str | None
) -> tuple[float, float]:
    """How far the text's ink reaches above (negative) and below its baseline."""
    _left, top, _right, bottom = _font(path, size, engine).getbbox(
        text, anchor="ls", direction=direction
    )
    return top, bottom


@dataclass(frozen=True)
class Run:
    """Characters drawn with one font in one direction."""

    text: str
    face: FontFace
    rtl: bool


Word = tuple[Run, ...]


def _direction(char: str) -> bool | None:
    """True for a strong right-to-left character, False for a strong left-to-right one."""
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return True
    return False if kind == "L" else None


def _drawable(text: str, faces: Sequence[FontFace]) -> str:
    """`text` without what no font draws: emoji, controls, and the marks and joiners that
    hang on a dropped character; whitespace becomes single spaces."""
    kept: list[str] = []
    dropped = False
    for char in text:
        if char.isspace():
            kept.append(" ")
            dropped = False
            continue
        category = unicodedata.category(char)
        hangs_on = category in ("Mn", "Me", "Cf")
        if (
            (dropped and hangs_on)
            or category in ("Cc", "Co", "Cs")
            or not any(face.covers(char) for face in faces)
        ):
            dropped = True
            continue
        dropped = False
        kept.append(char)
    return "".join(kept)


def _first_face(char: str, faces: Sequence[FontFace]) -> FontFace:
    return next(face for face in faces if face.covers(char))


def _runs(word: str, faces: Sequence[FontFace]) -> Word:
    """The word cut where its font changes: letters take the first font that has them,
    the rest the font of the character before (or of the next letter) when it has them."""
    chosen: list[FontFace] = []
    for index, char in enumerate(word):
        if _direction(char) is not None:
            chosen.append(_first_face(char, faces))
            continue
        before = chosen[-1] if chosen else None
        after = next(
            (_first_face(c, faces) for c in word[index + 1 :] if _direction(c) is not None), None
        )
        chosen.append(
            next(
                (face for face in (before, after) if face is not None and face.covers(char)),
                _first_face(char, faces),
            )
        )
    runs: list[Run] = []
    start = 0
    for index in range(1, len(word) + 1):
        if index == len(word) or chosen[index] != chosen[start]:
            text = word[start:index]
            runs.append(Run(text, chosen[start], any(_direction(char) for char in text)))
            start = index
    return tuple(runs)


def _strong_direction(text: str) -> bool | None:
    return next((d for d in map(_direction, text) if d is not None), None)


def _visual_order(items: Sequence[T], directions: Sequence[bool | None], rtl: bool) -> list[T]:
    """Items left to right on the line: neutrals between two of one direction take it, the
    others the paragraph's; right-to-left stretches are reversed, and in a right-to-left
    paragraph so is the order of the stretches."""
    resolved: list[bool] = []
    for index, direction in enumerate(directions):
        if direction is not None:
            resolved.append(direction)
            continue
        before = next((d for d in reversed(directions[:index]) if d is not None), rtl)
        after = next((d for d in directions[index + 1 :] if d is not None), rtl)
        resolved.append(before if before == after else rtl)
    stretches: list[tuple[bool, list[T]]] = []
    for item, direction in zip(items, resolved, strict=True):
        if stretches and stretches[-1][0] == direction:
            stretches[-1][1].append(item)
        else:
            stretches.append((direction, [item]))
    ordered = [stretch[::-1] if direction else stretch for direction, stretch in stretches]
    if rtl:
        ordered.reverse()
    return [item for stretch in ordered for item in stretch]


# Greek capitals are set without their accents and breathings (the diaeresis stays).
_GREEK_CAPITAL_DROPS = frozenset("\u0300\u0301\u0313\u0314\u0342\u0345")


def _upper(text: str) -> str:
    """Upper case as `str.upper` gives it (scripts without case stay as they are, ß becomes
    SS), with Greek capitals unaccented as Greek sets them."""
    decomposed = unicodedata.normalize("NFD", text.upper())
    kept: list[str] = []
    base = ""
    for char in decomposed:
        if not unicodedata.combining(char):
            base = char
        elif char in _GREEK_CAPITAL_DROPS and unicodedata.name(base, "").startswith("GREEK"):
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


@dataclass(frozen=True)
class Paragraph:
    """A text ready to set: its drawable words and its direction."""

    words: tuple[Word, ...]
    rtl: bool
    faces: tuple[FontFace, ...]

    @classmethod
    def of(cls, text: str, faces: tuple[FontFace, ...], *, upper: bool = False) -> "Paragraph":
        text = _upper(text) if upper else unicodedata.normalize("NFC", text)
        drawable = _drawable(text, faces)
        return cls(
            words=tuple(_runs(word, faces) for word in drawable.split()),
            rtl=bool(_strong_direction(drawable)),
            faces=faces,
        )

    @property
    def text(self) -> str:
        """What is drawn, in logical order."""
        return " ".join("".join(run.text for run in word) for word in self.words)

    def widest_word(self, *, size: int) -> float:
        """The width of its widest word at `size`."""
        setter = _Setter(self.faces, size)
        return max((setter.word_width(word) for word in self.words), default=0.0)

    def set(self, *, size: int, width: int, max_lines: int) -> "TextBlock":
        """Wrapped to `width` in at most `max_lines` lines; a word wider than the line is
        cut, and text past the last line ends in an ellipsis."""
        setter = _Setter(self.faces, size)
        lines: list[list[Word]] = []
        line_width = 0.0
        cut = False
        for word in self.words:
            if len(lines) > max_lines:  # the rest is past the ellipsis: not measured
                break
            pieces = setter.cut_to_width(word, width, max_pieces=max_lines + 2 - len(lines))
            cut = cut or len(pieces) != 1 or pieces[0] != word
            for piece in pieces:
                piece_width = setter.word_width(piece)
                if lines and line_width + setter.space + piece_width <= width:
                    lines[-1].append(piece)
                    line_width += setter.space + piece_width
                else:
                    lines.append([piece])
                    line_width = piece_width
        truncated = len(lines) > max_lines
        lines = lines[:max_lines]
        if truncated and lines:
            lines[-1] = setter.with_ellipsis(lines[-1], width)
        return TextBlock(
            lines=[setter.line(words) for words in lines],
            size=size,
            rtl=self.rtl,
            setter=setter,
            truncated=truncated,
            cut=cut,
        )


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]
    width: float
    ascent: int  # above the baseline, of what is drawn
    descent: int  # below it


@dataclass(frozen=True)
class TextBlock:
    """A paragraph set in lines at one size."""

    lines: list[Line]
    size: int
    rtl: bool
    setter: "_Setter"
    truncated: bool  # ended in an ellipsis: there was more text than lines
    cut: bool  # a word was wider than the line and was cut

    @property
    def width(self) -> float:
        return max((line.width for line in self.lines), default=0)

    def _pitches(self) -> list[int]:
        """From each baseline to the next: at least 1.12 sizes, never letting lines touch."""
        return [
            max(round(self.size * 1.12), above.descent + below.ascent + round(self.size * 0.12))
            for above, below in zip(self.lines, self.lines[1:], strict=False)
        ]

    @property
    def height(self) -> int:
        if not self.lines:
            return 0
        return self.lines[0].ascent + sum(self._pitches()) + self.lines[-1].descent

    def draw(
        self,
        draw: ImageDraw.ImageDraw,
        *,
        left: int,
        top: int,
        width: int,
        align: Align,
        fill: Colour,
    ) -> None:
        """Lines from `top` down, each at the start (left, or right when the paragraph is
        right to left) of the `width` from `left`, or centred."""
        if not self.lines:
            return
        baseline = top + self.lines[0].ascent
        for line, pitch in zip(self.lines, [*self._pitches(), 0], strict=True):
            if align == "centre":
                x = left + (width - line.width) / 2
            else:
                x = left + width - line.width if self.rtl else left
            self.setter.draw_line(draw, line, x=x, baseline=baseline, rtl=self.rtl, fill=fill)
            baseline += pitch


class _Setter:
    """Measures and draws runs of one paragraph's fonts at one size."""

    def __init__(self, faces: tuple[FontFace, ...], size: int) -> None:
        self.faces = faces
        self.size = size
        self.engine = layout_engine()
        self.space = self.font(faces[0]).getlength(" ")

    def font(self, face: FontFace) -> ImageFont.FreeTypeFont:
        return _font(face.path, self.size, self.engine)

    def _shaped(self, run: Run) -> tuple[str, str | None]:
        """The run's text and direction as this layout engine takes them."""
        if self.engine == ImageFont.Layout.RAQM:
            return run.text, "rtl" if run.rtl else "ltr"
        return (run.text[::-1] if run.rtl else run.text), None

    def run_width(self, run: Run) -> float:
        text, direction = self._shaped(run)
        return _length(run.face.path, self.size, self.engine, text, direction)

    def word_width(self, word: Word) -> float:
        return sum(self.run_width(run) for run in word)

    def line_width(self, words: Sequence[Word]) -> float:
        return sum(self.word_width(word) for word in words) + self.space * (len(words) - 1)

    def cut_to_width(self, word: Word, width: int, *, max_pieces: int) -> list[Word]:
        """The word, or (at most `max_pieces`) pieces of it that each fit `width` when it is
        wider, each found by doubling and then halving, so a long word costs few measures; a
        character wider than `width` on its own is left out."""
        if self.word_width(word) <= width:
            return [word]
        chars = [(run, char) for run in word for char in run.text]
        pieces: list[Word] = []
        start = 0
        while start < len(chars) and len(pieces) < max_pieces:
            end = self._longest_fitting(chars, start, width)
            if end == start:  # this one character is wider than the line
                start += 1
                continue
            pieces.append(_joined(chars[start:end]))
            start = end
        return pieces

    def _longest_fitting(self, chars: list[tuple[Run, str]], start: int, width: int) -> int:
        """The end of the longest run of `chars` from `start` that fits `width`."""

        def fits(end: int) -> bool:
            return self.word_width(_joined(chars[start:end])) <= width

        good, probe = start, start + 1
        while probe <= len(chars) and fits(probe):
            good, probe = probe, start + 2 * (probe - start)
        bad = min(probe, len(chars) + 1)  # chars[start:bad] is too wide, or past the end
        while bad - good > 1:
            middle = (good + bad) // 2
            if fits(middle):
                good = middle
            else:
                bad = middle
        return good

    def with_ellipsis(self, words: list[Word], width: int) -> list[Word]:
        """The line's words, shortened until an ellipsis after them fits."""
        ellipsis_face = next((f for f in self.faces if f.covers(ELLIPSIS)), self.faces[0])
        mark = Run(ELLIPSIS, ellipsis_face, rtl=False)
        words = list(words)
        while words:
            last = words[-1]
            candidate = [*words[:-1], (*last, mark)]
            if self.line_width(candidate) <= width:
                return candidate
            chars = [(run, char) for run in last for char in run.text][:-1]
            if not chars:
                words.pop()
                continue
            words[-1] = _joined(chars)
        return [(mark,)]

    def line(self, words: list[Word]) -> Line:
        ascent = descent = 0
        for word in words:
            for run in word:
                text, direction = self._shaped(run)
                top, bottom = _extent(run.face.path, self.size, self.engine, text, direction)
                ascent, descent = max(ascent, -round(top)), max(descent, round(bottom))
        return Line(tuple(words), self.line_width(words), ascent, descent)

    def draw_line(
        self,
        draw: ImageDraw.ImageDraw,
        line: Line,
        *,
        x: float,
        baseline: int,
        rtl: bool,
        fill: Colour,
    ) -> None:
        words = _visual_order(
            line.words, [_strong_direction("".join(r.text for r in w)) for w in line.words], rtl
        )
        for word in words:
            for run in _visual_order(word, [_strong_direction(r.text) for r in word], rtl):
                self._draw_run(draw, run, x=x, baseline=baseline, fill=fill)
                x += self.run_width(run)
            x += self.space

    def _draw_run(
        self, draw: ImageDraw.ImageDraw, run: Run, *, x: float, baseline: int, fill: Colour
    ) -> None:
        """The run; should FreeType fail to draw it at this size, it is drawn a character
        at a time, and a character it cannot draw is left out rather than fail the poster."""
        text, direction = self._shaped(run)
        font = self.font(run.face)
        try:
            draw.text(
                (round(x), baseline), text, font=font, fill=fill, anchor="ls", direction=direction
            )
            return
        except (OSError, RuntimeError, ValueError):
            log.warning("Could not draw a run of %d characters at %d px", len(text), self.size)
        for char in text:
            try:
                draw.text((round(x), baseline), char, font=font, fill=fill, anchor="ls")
            except (OSError, RuntimeError, ValueError):
                log.warning("Left out U+%04X: it cannot be drawn at %d px", ord(char), self.size)
            x += font.getlength(char)


def _joined(chars: Sequence[tuple[Run, str]]) -> Word:
    """Characters of runs, each with its run's font and direction, joined into runs again."""
    runs: list[Run] = []
    start = 0
    for index in range(1, len(chars) + 1):
        if index == len(chars) or (chars[index][0].face, chars[index][0].rtl) != (
            chars[start][0].face,
            chars[start][0].rtl,
        ):
            first = chars[start][0]
            text = "".join(char for _run, char in chars[start:index])
            runs.append(Run(text, first.face, first.rtl))
            start = index
    return tuple(runs)


def _append_char(runs: list[Run], run: Run, char: str) -> list[Run]:
    """`runs` with `char` of `run` added at the end (to its last run when it is the same)."""
    if runs and runs[-1].face == run.face and runs[-1].rtl == run.rtl:
        return [*runs[:-1], Run(runs[-1].text + char, run.face, run.rtl)]
    return [*runs, Run(char, run.face, run.rtl)]
