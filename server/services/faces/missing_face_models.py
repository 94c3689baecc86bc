from .face_model_path import SFACE_MODEL_FILE, YUNET_MODEL_FILE, face_model_path


def missing_face_models() -> list[str]:
    """A sentence for each face model file that is not where it should be (none: all there)."""
    missing = []
    for file_name in (YUNET_MODEL_FILE, SFACE_MODEL_FILE):
        try:
            face_model_path(file_name)
        except FileNotFoundError as error:
            missing.append(str(error))
    return missing
