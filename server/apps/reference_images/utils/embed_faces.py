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


def embed_faces(*, image: Image.Image, faces: list[FaceBox]) -> list[np.ndarray]:
    """The SFace embedding of each detected face: 128 float32 values of unit length.

    Each face is aligned from its YuNet landmarks (`alignCrop`, 112x112) in `image`, the
    image the faces were found in, at its full resolution.
    """
    if not faces:
        return []
    bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    recogniser = _recogniser()
    embeddings = []
    for face in faces:
        row = np.array(
            [[face.x, face.y, face.width, face.height, *face.landmarks, face.score]],
            dtype=np.float32,
        )
        feature = recogniser.feature(recogniser.alignCrop(bgr, row)).reshape(-1)
        embeddings.append((feature / np.linalg.norm(feature)).astype(np.float32))
    return embeddings
