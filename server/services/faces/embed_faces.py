import threading

import cv2
import numpy as np
from PIL import Image

from .detect_faces import FaceBox
from .face_model_path import SFACE_MODEL_FILE, face_model_path

_local = threading.local()


def _recogniser() -> cv2.FaceRecognizerSF:
    # One per thread: an OpenCV network is not safe to share between threads, and loading it
    # for every face would cost more than the embedding.
    recogniser = getattr(_local, "recogniser", None)
    if recogniser is None:
        recogniser = cv2.FaceRecognizerSF.create(str(face_model_path(SFACE_MODEL_FILE)), "")
        _local.recogniser = recogniser
    return recogniser


def _around(face: FaceBox, width: int, height: int) -> tuple[int, int, int, int]:
    """The face's box with as much again on every side: all that alignment looks at."""
    left, top = max(0, face.x - face.width), max(0, face.y - face.height)
    right = min(width, face.x + 2 * face.width)
    bottom = min(height, face.y + 2 * face.height)
    return left, top, right, bottom


def embed_faces(*, image: Image.Image, faces: list[FaceBox]) -> list[np.ndarray]:
    """The SFace embedding of each detected face: 128 float32 values of unit length.

    Each face is aligned from its YuNet landmarks (`alignCrop`, 112x112) in `image`, the
    image the faces were found in, at its full resolution; only the pixels around each face
    are converted, so a 4K poster costs what a small photo does.
    """
    recogniser = _recogniser()
    embeddings = []
    for face in faces:
        left, top, right, bottom = _around(face, *image.size)
        crop = image.crop((left, top, right, bottom)).convert("RGB")
        bgr = np.ascontiguousarray(np.asarray(crop)[:, :, ::-1])
        points = [
            value - (left if index % 2 == 0 else top) for index, value in enumerate(face.landmarks)
        ]
        row = np.array(
            [[face.x - left, face.y - top, face.width, face.height, *points, face.score]],
            dtype=np.float32,
        )
        feature = recogniser.feature(recogniser.alignCrop(bgr, row)).reshape(-1)
        embeddings.append((feature / np.linalg.norm(feature)).astype(np.float32))
    return embeddings
