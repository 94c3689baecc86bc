from importlib import resources
from pathlib import Path

import pytest
from django.core import checks

from services.faces import face_model_path, missing_face_models


def test_the_shipped_models_are_all_there() -> None:
    assert missing_face_models() == []
    assert not [message for message in checks.run_checks() if message.id == "core.E001"]


def test_a_missing_model_stops_the_start_with_its_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    face_model_path.cache_clear()
    monkeypatch.setattr(resources, "files", lambda _package: tmp_path)
    try:
        errors = [message for message in checks.run_checks() if message.id == "core.E001"]
    finally:
        face_model_path.cache_clear()

    assert len(errors) == 2
    assert all("The face model is missing" in error.msg for error in errors)
