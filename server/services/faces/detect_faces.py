import threading
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from .face_model_path import YUNET_MODEL_FILE, face_model_path

DETECTION_MAX_SIDES = (1536, 640)
SCORE_THRESHOLD = 0.7
NMS_THRESHOLD = 0.3
TOP_K = 50

_local = threading.local()


@dataclass(frozen=True)
class FaceBox:
    """A detected face in the pixels of the image it was found in."""

    x: int
    y: int
    width: int
    height: int
    score: float
    # The eyes, nose tip and mouth corners as (x, y) pairs, for aligning the face to embed it.
    landmarks: tuple[float, ...] = ()


def _detector(*, width: int, height: int) -> cv2.FaceDetectorYN:
    # One per thread, resized for each image: an OpenCV network is not safe to share between
    # threads, and loading it costs more than a detection on a small copy.
    detector = getattr(_local, "detector", None)
    if detector is None:
        detector = cv2.FaceDetectorYN.create(
            str(face_model_path(YUNET_MODEL_FILE)),
            "",
            (width, height),
            SCORE_THRESHOLD,
            NMS_THRESHOLD,
            TOP_K,
        )
        _local.detector = detector
    else:
        detector.setInputSize((width, height))
    return detector


def _detect_at(image: Image.Image, max_side: int) -> list[FaceBox]:
    width, height = image.size
    scale = min(1.0, max_side / max(width, height))
    small = image
    if scale < 1.0:
        small = image.resize(
            (max(1, round(width * scale)), max(1, round(height * scale))),
            Image.Resampling.BILINEAR,
            # Shrink by the whole factor first (a box average), then resample the rest: a face
            # detector needs no finer filter, and on a 4K poster this is three times faster.
            reducing_gap=1.0,
        )
    bgr = np.ascontiguousarray(np.asarray(small.convert("RGB"))[:, :, ::-1])
    _ok, found = _detector(width=bgr.shape[1], height=bgr.shape[0]).detect(bgr)
    if found is None:
        return []
    faces = []
    for row in found:
        x, y, w, h = (float(value) / scale for value in row[:4])
        landmarks = tuple(float(value) / scale for value in row[4:14])
        left, top = max(0, round(x)), max(0, round(y))
        right, bottom = min(width, round(x + w)), min(height, round(y + h))
        if right > left and bottom > top:
            faces.append(
                FaceBox(
                    x=left,
                    y=top,
                    width=right - left,
                    height=bottom - top,
                    score=float(row[-1]),
                    landmarks=landmarks,
                )
            )
    return sorted(faces, key=lambda face: face.width * face.height, reverse=True)


def detect_faces(
    *, image: Image.Image, max_sides: tuple[int, ...] = DETECTION_MAX_SIDES
) -> list[FaceBox]:
    """Faces in an RGB image with YuNet, largest first, in the image's own pixels.

    YuNet finds faces of about 10 to 300 pixels. Detection runs first on a copy whose long
    edge is at most 1536 px, so faces that are a small part of a large photo are found; when
    none is found there, again at 640 px, so a close-up face is found too. `max_sides` picks
    other sizes, tried in turn.
    """
    for max_side in max_sides:
        faces = _detect_at(image, max_side)
        if faces:
            return faces
    return []
