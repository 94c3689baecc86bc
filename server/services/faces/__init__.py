"""Faces, on this machine and offline: detection (YuNet), alignment and embedding (SFace),
similarity between embeddings, and the likeness verdict with its threshold.

Reference photos and poster likeness both use it; it knows nothing of the project's models.
"""

from .detect_faces import FaceBox, detect_faces
from .embed_faces import embed_faces
from .embedding_from_bytes import embedding_from_bytes
from .face_model_path import SFACE_MODEL_FILE, YUNET_MODEL_FILE, face_model_path
from .likeness_decode_size import likeness_decode_size
from .likeness_verdict import LikenessVerdict, likeness_verdict
from .missing_face_models import missing_face_models
from .score_poster_likeness import PosterLikeness, score_poster_likeness
from .similarity_to_mean import similarity_to_mean

__all__ = [
    "SFACE_MODEL_FILE",
    "YUNET_MODEL_FILE",
    "FaceBox",
    "LikenessVerdict",
    "PosterLikeness",
    "detect_faces",
    "embed_faces",
    "embedding_from_bytes",
    "face_model_path",
    "likeness_decode_size",
    "likeness_verdict",
    "missing_face_models",
    "score_poster_likeness",
    "similarity_to_mean",
]
