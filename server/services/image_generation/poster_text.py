"""Text for the offline poster: the vendored Noto fonts, one per script, shaped by raqm.

A text is split into words and each word into runs of one font: a letter is drawn with the
first font whose cmap maps it to a glyph (Noto Sans for Latin, Greek and Cyrillic, then Noto
Sans Arabic, then Noto Sans Hebrew); punctuation, digits and marks stay in the run beside
them when its font has them. A character no font has (an emoji) is dropped with what hangs on
it (variation selectors, joiners), so nothing is drawn as a missing-glyph box. A line is
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

    @property
    def path(self) -> Path:
        return FONTS_DIR / self.file_name

    def covers(self, char: str) -> bool:
        """Whether the font has a glyph of its own for `char` (not the missing-glyph box)."""
        return ord(char) in _code_points(self.path)


TITLE_FACES: tuple[FontFace, ...] = (
    FontFace("NotoSans-Bold.ttf"),
    FontFace("NotoSansArabic-Bold.ttf"),
    FontFace("NotoSansHebrew-Bold.ttf"),
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

    def set(self, *, size: int, width: int, max_lines: int) -> "TextBlock":
        """Wrapped to `width` in at most `max_lines` lines; a word wider than the line is
        cut, and text past the last line ends in an ellipsis."""
        setter = _Setter(self.faces, size)
        lines: list[list[Word]] = []
        cut = False
        for word in self.words:
            pieces = setter.cut_to_width(word, width)
            cut = cut or len(pieces) > 1
            for piece in pieces:
                if lines and setter.line_width([*lines[-1], piece]) <= width:
                    lines[-1].append(piece)
                else:
                    lines.append([piece])
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
        return self.font(run.face).getlength(text, direction=direction)

    def word_width(self, word: Word) -> float:
        return sum(self.run_width(run) for run in word)

    def line_width(self, words: Sequence[Word]) -> float:
        return sum(self.word_width(word) for word in words) + self.space * (len(words) - 1)

    def cut_to_width(self, word: Word, width: int) -> list[Word]:
        """The word, or pieces of it that each fit `width` when it is wider."""
        if self.word_width(word) <= width:
            return [word]
        pieces: list[Word] = []
        current: list[Run] = []
        for run in word:
            for char in run.text:
                grown = _append_char(current, run, char)
                if current and self.word_width(tuple(grown)) > width:
                    pieces.append(tuple(current))
                    grown = [Run(char, run.face, run.rtl)]
                current = grown
        if current:
            pieces.append(tuple(current))
        return pieces

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
            shorter: list[Run] = []
            for run, char in chars:
                shorter = _append_char(shorter, run, char)
            words[-1] = tuple(shorter)
        return [(mark,)]

    def line(self, words: list[Word]) -> Line:
        ascent = descent = 0
        for word in words:
            for run in word:
                text, direction = self._shaped(run)
                _left, top, _right, bottom = self.font(run.face).getbbox(
                    text, anchor="ls", direction=direction
                )
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
                text, direction = self._shaped(run)
                draw.text(
                    (round(x), baseline),
                    text,
                    font=self.font(run.face),
                    fill=fill,
                    anchor="ls",
                    direction=direction,
                )
                x += self.run_width(run)
            x += self.space


def _append_char(runs: list[Run], run: Run, char: str) -> list[Run]:
    """`runs` with `char` of `run` added at the end (to its last run when it is the same)."""
    if runs and runs[-1].face == run.face and runs[-1].rtl == run.rtl:
        return [*runs[:-1], Run(runs[-1].text + char, run.face, run.rtl)]
    return [*runs, Run(char, run.face, run.rtl)]
