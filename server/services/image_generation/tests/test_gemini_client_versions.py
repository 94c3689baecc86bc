"""The provider gives the same outcome of every scenario with each google-genai release installed.

The release in requirements.in lives in the environment; older ones are installed by
`make install` into folders beside it (`.venv/side/google-genai-<version>`, from
requirements-side/). Each is exercised in a subprocess that has it first on sys.path
(testing/fake_gemini/run_client_scenarios.py), so one test run covers them all and installs nothing.
"""

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SERVER_DIR = Path(__file__).resolve().parents[3]
REPO_DIR = SERVER_DIR.parent
SIDE_LOCKS_DIR = REPO_DIR / "requirements-side"
SIDE_DIR = Path(sys.prefix) / "side"
INSTALLED = "installed"


def client_versions() -> list[str]:
    """The environment's release, then every side folder declared in the repo or present."""
    declared = {lock.stem for lock in SIDE_LOCKS_DIR.glob("google-genai-*.txt")}
    present = {folder.name for folder in SIDE_DIR.glob("google-genai-*") if folder.is_dir()}
    return [INSTALLED, *sorted(declared | present)]


def image(size: str = "image/png 2752x1536", attempts: int = 1, **extra: Any) -> dict[str, Any]:
    return {"image": size, "attempts": attempts, "requests": attempts, **extra}


def error(
    code: str, message_part: str, attempts: int = 1, requests: int | None = None, **extra: Any
) -> dict[str, Any]:
    retryable = code in {"rate_limited", "unavailable", "timeout"}
    requests = attempts if requests is None else requests
    return {
        "error": code,
        "message_part": message_part,
        "retryable": retryable,
        "attempts": attempts,
        "requests": requests,
        **extra,
    }


SAFETY = "declined to draw this poster for safety reasons"
PROMPT_REFUSED = "refused the request (photos and prompt)"
TEXT_INSTEAD = "replied with text instead of an image"
UNREADABLE = "could not read"
OVERLOADED = "overloaded or unavailable"
NO_CONNECTION = "Could not connect to Gemini"
TOO_LONG = "took too long"

# The outcome of every case of run_client_scenarios, whichever release runs it. `waits` are
# the pauses between attempts (base delay 0.01 s doubling; a 429's RetryInfo delay).
EXPECTED: dict[str, dict[str, Any]] = {
    "ok": image(),
    "ok_jpeg": image("image/jpeg 2752x1536"),
    "ok_mislabelled": image("image/jpeg 2752x1536"),
    "ok_thought_only_image": image(),
    "ok_wrong_size": image("image/png 1024x1024"),
    "text_only": error("no_image", TEXT_INSTEAD),
    "no_image": error("no_image", TEXT_INSTEAD),
    "unknown_finish_reason": error("no_image", TEXT_INSTEAD),
    "image_other": error("no_image", "could not draw a poster from these photos"),
    "empty": error("no_image", "empty answer"),
    "image_safety": error("blocked", SAFETY),
    "image_prohibited": error("blocked", SAFETY),
    "prompt_blocked": error("blocked", PROMPT_REFUSED),
    "prompt_blocked_image_safety": error("blocked", PROMPT_REFUSED),
    "http_400": error("bad_request", "refused the request as invalid"),
    "http_403": error("auth", "GEMINI_API_KEY"),
    "http_404": error("model_not_found", "GEMINI_IMAGE_MODEL"),
    "http_413": error("bad_request", "too large"),
    "http_429": error("rate_limited", "quota", attempts=3, retry_after_s=0.05, waits=[0.05, 0.05]),
    "http_500": error("unavailable", OVERLOADED, attempts=3, waits=[0.01, 0.02]),
    "http_502": error("unavailable", OVERLOADED, attempts=3, waits=[0.01, 0.02]),
    "http_503": error("unavailable", OVERLOADED, attempts=3, waits=[0.01, 0.02]),
    "http_504": error("timeout", TOO_LONG, attempts=3, waits=[0.01, 0.02]),
    "flaky:2": image(attempts=3, waits=[0.01, 0.02]),
    "slow:0.2": image(),
    "malformed_json": error("internal", UNREADABLE),
    "bad_base64": error("internal", UNREADABLE),
    "disconnect": error("unavailable", NO_CONNECTION, attempts=3, waits=[0.01, 0.02]),
    "reset": error("unavailable", NO_CONNECTION, attempts=3, waits=[0.01, 0.02]),
    "http_429_then_ok": image(attempts=2, waits=[0.05]),
    "http_429_beyond_the_cap": error("rate_limited", "quota", retry_after_s=37.0),
    "timeout": error("timeout", TOO_LONG, attempts=2, waits=[0.01]),
    "bad_api_key": error("auth", "GEMINI_API_KEY"),
    "retired_model": error("model_not_found", "GEMINI_IMAGE_MODEL"),
    "connection_refused": error("unavailable", NO_CONNECTION, attempts=2, requests=0, waits=[0.01]),
}
SUCCESS_DETAILS = {
    "bytes_as_sent": True,
    "model_version": "gemini-3-pro-image",
    "response_id_as_sent": True,
}


def comparable(outcome: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The outcome reduced to the keys the expectation states, messages to the part expected."""
    result = {key: outcome.get(key) for key in expected if key != "message_part"}
    if "message_part" in expected:
        message = outcome["message"]
        result["message_part"] = (
            expected["message_part"] if expected["message_part"] in message else message
        )
    return result


def run_scenarios(version: str) -> dict[str, Any]:
    paths = [str(SERVER_DIR)]
    if version != INSTALLED:
        side = SIDE_DIR / version
        if not (side / "google" / "genai").is_dir():
            pytest.fail(
                f"{version} is not installed in {side}. Install it with `make install`, or "
                f"with `{sys.executable} -m pip install --require-hashes --no-deps "
                f"--target {side} -r requirements-side/{version}.txt`."
            )
        paths.insert(0, str(side))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    completed = subprocess.run(
        [sys.executable, "-m", "testing.fake_gemini.run_client_scenarios"],
        cwd=REPO_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    return json.loads(completed.stdout)


def version_id(version: str) -> str:
    if version == INSTALLED:
        return f"google-genai-{importlib.metadata.version('google-genai')}-in-the-environment"
    return version


@pytest.mark.parametrize("version", client_versions(), ids=version_id)
def test_every_scenario_ends_the_same_with_each_installed_client(version: str) -> None:
    report = run_scenarios(version)

    sdk = report["sdk"]
    if version == INSTALLED:
        assert sdk["version"] == importlib.metadata.version("google-genai")
        assert str(SIDE_DIR) not in sdk["module_file"]
    else:
        assert f"google-genai-{sdk['version']}" == version
        assert sdk["module_file"].startswith(str(SIDE_DIR / version))
    source = "requirements.in" if version == INSTALLED else f"requirements-side/{version}.in"
    assert sdk["unmet_requirements"] == [], (
        f"google-genai {sdk['version']} needs what this environment lacks; pin those "
        f"packages in {source} and run `make lock`."
    )
    cases = report["cases"]
    assert sorted(cases) == sorted(EXPECTED)
    for name, expected in EXPECTED.items():
        outcome = cases[name]
        expected = {"waits": [], **expected}
        if "image" in expected:
            expected |= SUCCESS_DETAILS
        assert comparable(outcome, expected) == expected, (
            f"{name} with google-genai {sdk['version']}"
        )
        for path in outcome["paths"]:
            assert path.startswith("/v1beta/models/"), (name, path)
    assert cases["ok"]["tokens"] == [560 + 8, 1120 + 5, 212, 568 + 1125 + 212]
