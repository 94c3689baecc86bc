"""The person in a reference photo, for the offline poster: which photo shows them best, and
their silhouette cut out of it.

Photos are ranked by the size of the face, how frontal it is, how sharp it is, and whether
a second face is in the picture (faces: `services.faces.detect_faces`, on a small copy). The
cut-out is OpenCV's GrabCut seeded by the face and the body below it, run on a copy about
200 pixels across (a tenth of a second on this CPU), and its mask brought up to a copy
four times larger with a guided filter, so its edge follows the photo's own edges. Both are
kept for the photos seen last, as the candidates of a batch and their refinements draw the
same photos again. Nothing is fetched: no model but the face detector is used.
"""

import contextlib
import dataclasses
import hashlib
import io
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import cv2
import numpy as np
from PIL import Image

from services.faces import detect_faces

from .provider_result import ReferencePhoto

ANALYSIS_SIDE = 640  # the copy faces are looked for in
MASK_SIDE = 768  # the copy the cut-out's mask is made for
GRABCUT_SIDE = 200  # the copy GrabCut runs on
GRABCUT_ITERATIONS = 3
# A second face at least this share of the largest one's area makes a photo a group photo.
SECOND_FACE_SHARE = 0.2
CACHED_PHOTOS = 24

FaceRect = tuple[float, float, float, float]  # x, y, width, height in the photo's pixels
T = TypeVar("T")


class _Cache:
    """The last few results per photo, shared by the threads of one worker."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]  # type: ignore[return-value]
        value = make()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value


_analyses = _Cache(CACHED_PHOTOS)
_cutouts = _Cache(CACHED_PHOTOS)


def _key(reference: ReferencePhoto) -> bytes:
    return hashlib.sha256(reference.jpeg).digest()


def decode(reference: ReferencePhoto, longest: int) -> Image.Image:
    """The photo as RGB with its long edge at most `longest` (a JPEG decoded at a reduced
    scale when it is much larger)."""
    with Image.open(io.BytesIO(reference.jpeg)) as source:
        source.draft("RGB", (longest, longest))
        image = source.convert("RGB")
    if max(image.size) > longest:
        image.thumbnail((longest, longest), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return image


@dataclass(frozen=True)
class PersonPhoto:
    """A reference as the poster sees it: the person's face, and how good a photo it is."""

    reference: ReferencePhoto
    face: FaceRect | None  # in the reference's pixels
    faces: int
    size: float  # 0-1: how large the face is, in the frame and in pixels
    frontal: float  # 0-1: 1 looking at the camera, 0 in profile
    facing: float  # the nose's offset from between the eyes, in eye spans: + to the right
    sharpness: float  # 0-1
    quality: float
    good: bool  # one face, fairly frontal and sharp: worth a poster of its own


def _facing(landmarks: tuple[float, ...]) -> float:
    """From YuNet's eyes and nose: how far the nose is from the middle of the eyes, in eye
    spans (0 looking at the camera, about 0.5 and more in profile; + turned to the right)."""
    if len(landmarks) < 6:
        return 0.0
    right_eye_x, _ry, left_eye_x, _ly, nose_x, _ny = landmarks[:6]
    eyes = max(1.0, abs(left_eye_x - right_eye_x))
    return float(max(-1.0, min(1.0, (nose_x - (left_eye_x + right_eye_x) / 2) / eyes)))


def _sharpness(image: Image.Image, face: FaceRect) -> float:
    """The variance of the Laplacian of the face at a fixed size, squashed to 0-1."""
    x, y, width, height = face
    crop = image.crop((round(x), round(y), round(x + width), round(y + height))).convert("L")
    if crop.width < 4 or crop.height < 4:
        return 0.0
    crop = crop.resize((max(4, round(96 * crop.width / crop.height)), 96), Image.Resampling.BOX)
    variance = float(cv2.Laplacian(np.asarray(crop, dtype=np.float32), cv2.CV_32F).var())
    return variance / (variance + 120.0)


def _analyse(reference: ReferencePhoto) -> PersonPhoto:
    image = decode(reference, ANALYSIS_SIDE)
    scale = reference.width / image.width if image.width else 1.0
    found = detect_faces(image=image, max_sides=(ANALYSIS_SIDE,))
    face: FaceRect | None = None
    facing = frontal = sharpness = 0.0
    if found:
        main = found[0]
        face = (main.x * scale, main.y * scale, main.width * scale, main.height * scale)
        facing = _facing(main.landmarks)
        frontal = max(0.0, 1.0 - abs(facing) * 2.5)
        sharpness = _sharpness(image, (main.x, main.y, main.width, main.height))
    elif reference.face_box:  # found on the stored photo, not on this small copy
        face = tuple(float(value) for value in reference.face_box)  # type: ignore[assignment]
        frontal, sharpness = 0.5, 0.5
    others = [
        other
        for other in found[1:]
        if other.width * other.height >= SECOND_FACE_SHARE * found[0].width * found[0].height
    ]
    size = 0.0
    if face is not None and reference.height:
        in_frame = min(1.0, face[3] / reference.height / 0.3)
        in_pixels = min(1.0, face[3] / 320)
        size = 0.5 * in_frame + 0.5 * in_pixels
    quality = 0.4 * size + 0.3 * frontal + 0.3 * sharpness - (0.5 if others else 0.0)
    return PersonPhoto(
        reference=reference,
        face=face,
        faces=len(found) or (1 if face else 0),
        size=size,
        frontal=frontal,
        facing=facing,
        sharpness=sharpness,
        quality=quality if face is not None else -1.0,
        good=face is not None and not others and frontal >= 0.3 and sharpness >= 0.3,
    )


def _analysed(reference: ReferencePhoto) -> PersonPhoto:
    # The same photo may come again as another (equal or not) ReferencePhoto: the analysis
    # kept is of its bytes and face box, and is answered with the reference given.
    kept = _analyses.get((_key(reference), reference.face_box), lambda: _analyse(reference))
    return dataclasses.replace(kept, reference=reference)


def rank_references(references: list[ReferencePhoto]) -> list[PersonPhoto]:
    """The references, the best photo of the person first (the earlier one on a tie)."""
    analysed = [_analysed(reference) for reference in references]
    order = sorted(range(len(analysed)), key=lambda index: (-analysed[index].quality, index))
    return [analysed[index] for index in order]


def photos_to_draw(references: list[ReferencePhoto]) -> list[PersonPhoto]:
    """The photos a batch's candidates take in turn: the good ones, best first, else the
    best there is (none: no reference)."""
    ranked = rank_references(references)
    return [photo for photo in ranked if photo.good] or ranked[:1]


@dataclass(frozen=True)
class CutOut:
    """The person's silhouette: an alpha mask over the whole photo, at a reduced size."""

    alpha: Image.Image  # "L", 255 on the person
    scale: float  # the mask's pixels per pixel of the reference


def _seeds(width: int, height: int, face: FaceRect, facing: float) -> np.ndarray:
    """GrabCut's starting mask: the face and the top of the chest surely the person, a head
    and a torso widening from the neck to the shoulders probably, a wider band around them
    probably not, and the rest (the top corners, the sides) surely not. A face turned aside
    has its body behind it."""
    x, y, face_w, face_h = face
    centre_x = x + face_w / 2 - facing * face_w * 1.5
    rows, columns = np.mgrid[0:height, 0:width].astype(np.float32)
    below_chin = rows - (y + face_h)

    def ellipse(cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
        result: np.ndarray = ((columns - cx) / rx) ** 2 + ((rows - cy) / ry) ** 2 <= 1
        return result

    def torso(neck: float, shoulders: float, widest: float) -> np.ndarray:
        # Half-widths: `neck` at the chin, `shoulders` one face lower, then slowly wider.
        half = np.where(
            below_chin < face_h,
            neck + (shoulders - neck) * np.clip(below_chin / face_h, 0, 1),
            shoulders + (below_chin - face_h) * 0.25,
        )
        result: np.ndarray = (below_chin >= -0.1 * face_h) & (
            np.abs(columns - centre_x) <= np.minimum(half, widest) * face_w
        )
        return result

    mask = np.full((height, width), cv2.GC_BGD, np.uint8)
    face_x = x + face_w / 2
    mask = np.full((height, width), cv2.GC_BGD, np.uint8)
    mask[ellipse(face_x, y + face_h * 0.4, face_w * 1.2, face_h * 1.1)] = cv2.GC_PR_BGD
    mask[torso(0.9, 2.6, 3.2)] = cv2.GC_PR_BGD
    mask[ellipse(face_x, y + face_h * 0.42, face_w * 0.68, face_h * 0.72)] = cv2.GC_PR_FGD
    mask[torso(0.45, 1.7, 2.1)] = cv2.GC_PR_FGD
    mask[ellipse(face_x, y + face_h * 0.55, face_w * 0.32, face_h * 0.38)] = cv2.GC_FGD
    chest = (below_chin >= 0.5 * face_h) & (below_chin <= 1.6 * face_h)
    mask[chest & (np.abs(columns - centre_x) <= 0.35 * face_w)] = cv2.GC_FGD
    return mask


def _box(image: np.ndarray, radius: int) -> np.ndarray:
    blurred: np.ndarray = cv2.boxFilter(image, -1, (2 * radius + 1, 2 * radius + 1))
    return blurred


def _guided(guide: np.ndarray, source: np.ndarray, radius: int, eps: float) -> np.ndarray:
    """He, Sun and Tang's guided filter: `source` smoothed, its edges moved to `guide`'s."""
    mean_guide, mean_source = _box(guide, radius), _box(source, radius)
    covariance = _box(guide * source, radius) - mean_guide * mean_source
    variance = _box(guide * guide, radius) - mean_guide * mean_guide
    a = covariance / (variance + eps)
    b = mean_source - a * mean_guide
    filtered: np.ndarray = _box(a, radius) * guide + _box(b, radius)
    return filtered


def _cut_out(photo: PersonPhoto) -> CutOut:
    reference = photo.reference
    image = decode(reference, MASK_SIDE)
    scale = image.width / reference.width if reference.width else 1.0
    width, height = image.size
    if photo.face is None:  # no face to seed it: the photo fades out in an oval
        rows, columns = np.mgrid[0:height, 0:width].astype(np.float32)
        distance = ((columns / width - 0.5) / 0.5) ** 2 + ((rows / height - 0.45) / 0.55) ** 2
        alpha = np.clip((1.0 - distance) * 3.0, 0, 1)
        return CutOut(Image.fromarray((alpha * 255).astype(np.uint8)), scale)
    small_scale = min(1.0, GRABCUT_SIDE / max(width, height))
    small_size = (max(8, round(width * small_scale)), max(8, round(height * small_scale)))
    small = image.resize(small_size, Image.Resampling.BOX)
    factor = small_scale * scale
    face = tuple(value * factor for value in photo.face)
    mask = _seeds(small.width, small.height, face, photo.facing)  # type: ignore[arg-type]
    pixels = np.ascontiguousarray(np.asarray(small)[:, :, ::-1])
    background = np.zeros((1, 65), dtype=np.float64)
    foreground = np.zeros((1, 65), dtype=np.float64)
    cv2.setRNGSeed(0)  # GrabCut's k-means draws from this thread's generator: same photo, same cut
    # A photo of one colour makes GrabCut give up: the seeds are the best guess there is.
    with contextlib.suppress(cv2.error):
        cv2.grabCut(
            pixels,
            mask,
            (0, 0, 0, 0),  # no rectangle: the mask seeds it
            background,
            foreground,
            GRABCUT_ITERATIONS,
            cv2.GC_INIT_WITH_MASK,
        )
    person = ((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD)).astype(np.uint8)
    # Only what is joined to the face: stray patches of the background the colours let in go.
    _count, labels = cv2.connectedComponents(person)
    centre = (
        min(small.height - 1, round(face[1] + face[3] * 0.5)),
        min(small.width - 1, round(face[0] + face[2] * 0.5)),
    )
    if labels[centre] != 0:
        person = (labels == labels[centre]).astype(np.uint8)
    soft = cv2.GaussianBlur(person.astype(np.float32), (0, 0), 0.8)
    soft = cv2.resize(soft, (width, height), interpolation=cv2.INTER_LINEAR)
    guide = np.asarray(image.convert("L"), dtype=np.float32) / 255
    alpha = _guided(guide, soft, max(2, round(max(width, height) / 160)), 2e-3)
    alpha = np.clip((alpha - 0.5) * 1.5 + 0.5, 0, 1)
    return CutOut(Image.fromarray((alpha * 255).astype(np.uint8)), scale)


def cut_out_person(photo: PersonPhoto) -> CutOut:
    """The person's silhouette in `photo`, kept for the photos seen last."""
    return _cutouts.get((_key(photo.reference), photo.face), lambda: _cut_out(photo))
