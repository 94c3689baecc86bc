"""A retention setting below 1 or not a whole number stops every start with a sentence naming
it (a system check), instead of a traceback or a purge that keeps nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import checks

from apps.privacy.utils import RETENTION_SETTINGS

SERVER_DIR = Path(__file__).resolve().parents[3]


def retention_errors() -> list[str]:
    return [message.msg for message in checks.run_checks() if message.id == "privacy.E001"]


def test_the_defaults_pass() -> None:
    assert retention_errors() == []


@pytest.mark.parametrize("name", sorted(RETENTION_SETTINGS))
@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("thirty", "must be a whole number of {unit}s (at least 1); it is 'thirty'."),
        ("1.5", "must be a whole number of {unit}s (at least 1); it is '1.5'."),
        (0, "must be at least 1 {unit}; it is 0."),
        (-7, "must be at least 1 {unit}; it is -7."),
    ],
)
def test_a_bad_value_is_refused_naming_the_setting(
    name: str, value: object, says: str, settings
) -> None:
    setattr(settings, name, value)

    assert retention_errors() == [f"{name} {says.format(unit=RETENTION_SETTINGS[name])}"]


def test_the_settings_keep_a_bad_value_for_the_check_to_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from settings.env import retention_setting

    monkeypatch.setenv("UNSAVED_POSTER_RETENTION_DAYS", " thirty ")
    monkeypatch.setenv("REFERENCE_PHOTO_RETENTION_DAYS", "90")

    assert retention_setting("UNSAVED_POSTER_RETENTION_DAYS", default=30) == "thirty"
    assert retention_setting("REFERENCE_PHOTO_RETENTION_DAYS", default=365) == 90
    assert retention_setting("NOT_SET_ANYWHERE_RETENTION_DAYS", default=7) == 7


@pytest.mark.parametrize(
    ("command", "tasks_backend"),
    [
        (["purge_expired"], "immediate"),
        (["run_worker", "--batch"], "database"),
        (["rqworker", "--burst", "default"], "rq"),
        (["runserver", "--noreload", "127.0.0.1:0"], "immediate"),
    ],
    ids=["purge_expired", "run_worker", "rqworker", "runserver"],
)
def test_every_start_stops_with_the_sentence(command: list[str], tasks_backend: str) -> None:
    result = subprocess.run(  # noqa: S603 - this interpreter and manage.py
        [sys.executable, "manage.py", *command],
        cwd=SERVER_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "settings.test",
            "TASKS_BACKEND": tasks_backend,
            "UNSAVED_POSTER_RETENTION_DAYS": "thirty",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert (
        "UNSAVED_POSTER_RETENTION_DAYS must be a whole number of days (at least 1); it is 'thirty'."
    ) in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
