from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from .yunet_model_path import yunet_model_path

DETECTION_MAX_SIDES = (1536, 640)
SCORE_THRESHOLD = 0.7
NMS_THRESHOLD = 0.3
TOP_K = 50


@dataclass(frozen=True)
class FaceBox:
    """A detected face in the pixels of the image it was found in."""

    x: int
    y: int
    width: int
    height: int
    score: float


def _detect_at(image: Image.Image, max_side: int) -> list[FaceBox]:
    width, height = image.size
    scale = min(1.0, max_side / max(width, height))
    small = image
    if scale < 1.0:
        small = image.resize(
            (max(1, round(width * scale)), max(1, round(height * scale))),
            Image.Resampling.BILINEAR,
        )
    bgr = np.ascontiguousarray(np.asarray(small.convert("RGB"))[:, :, ::-1])
    detector = cv2.FaceDetectorYN.create(
        str(yunet_model_path()),
        "",
        (bgr.shape[1], bgr.shape[0]),
        SCORE_THRESHOLD,
        NMS_THRESHOLD,
        TOP_K,
    )
    _ok, found = detector.detect(bgr)
    if found is None:
        return []
    faces = []
    for row in found:
        x, y, w, h = (float(value) / scale for value in row[:4])
        left, top = max(0, round(x)), max(0, round(y))
        right, bottom = min(width, round(x + w)), min(height, round(y + h))
        if right > left and bottom > top:
            faces.append(
                FaceBox(
                    x=left, y=top, width=right - left, height=bottom - top, score=float(row[-1])
                )
            )
    return sorted(faces, key=lambda face: face.width * face.height, reverse=True)


def detect_faces(*, image: Image.Image) -> list[FaceBox]:
    """Faces in an RGB image with YuNet, largest first, in the image's own pixels.

    YuNet finds faces of about 10 to 300 pixels. Detection runs first on a copy whose long
    edge is at most 1536 px, so faces that are a small part of a large photo are found; when
    none is found there, again at 640 px, so a close-up face is found too.
    """
    for max_side in DETECTION_MAX_SIDES:
        faces = _detect_at(image, max_side)
        if faces:
            return faces
    return []
