import pytest

from services.faces import SFACE_MODEL_FILE, YUNET_MODEL_FILE, face_model_path


def test_both_face_models_are_installed() -> None:
    for name in (YUNET_MODEL_FILE, SFACE_MODEL_FILE):
        path = face_model_path(name)
        assert path.name == name
        assert path.stat().st_size > 0


def test_a_missing_model_is_named() -> None:
    with pytest.raises(FileNotFoundError, match=r"The face model is missing: .*absent\.onnx"):
        face_model_path("absent.onnx")
