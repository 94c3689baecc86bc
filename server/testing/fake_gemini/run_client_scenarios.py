"""GeminiImageService against a fake Gemini server, scenario after scenario, reported as JSON.

    PYTHONPATH=<a folder holding another google-genai>:server \\
        python -m testing.fake_gemini.run_client_scenarios

The google-genai found first on sys.path is the one exercised, so a test can run this once per
release it has installed (services/image_generation/tests/test_gemini_client_versions.py) and
expect the same outcome of every scenario from each. Prints one JSON object: the SDK release and
where it was loaded from, the SDK's requirements that the environment does not meet, and per
scenario what the service returned or raised, the requests the server saw and the waits between
attempts.
"""

import importlib.metadata
import io
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from packaging.requirements import Requirement
from PIL import Image

from services.image_generation import GeminiImageService, ImageGenerationError, ReferencePhoto

from .fake_gemini_server import SCENARIO_HEADER, FakeGeminiServer

PROMPT = "A movie poster of this person."


@dataclass(frozen=True)
class Case:
    """One call of generate_image: the server's scenarios and the service's settings."""

    name: str
    scenario: str = ""  # sent as the scenario header on every attempt
    queued: tuple[str, ...] = ()  # or played by the server in this order, one per request
    retry_delay: str = "0.05s"  # the RetryInfo delay of the server's 429s
    service: dict[str, Any] = field(default_factory=dict)  # GeminiImageService arguments


CASES: tuple[Case, ...] = (
    *(
        Case(name, scenario=name)
        for name in (
            "ok",
            "ok_jpeg",
            "ok_mislabelled",
            "ok_thought_only_image",
            "ok_wrong_size",
            "text_only",
            "no_image",
            "unknown_finish_reason",
            "image_other",
            "empty",
            "image_safety",
            "image_prohibited",
            "prompt_blocked",
            "prompt_blocked_image_safety",
            "http_400",
            "http_403",
            "http_404",
            "http_413",
            "http_429",
            "http_500",
            "http_502",
            "http_503",
            "http_504",
            "flaky:2",
            "slow:0.2",
            "malformed_json",
            "bad_base64",
            "disconnect",
            "reset",
        )
    ),
    Case("http_429_then_ok", queued=("http_429", "ok")),
    Case("http_429_beyond_the_cap", scenario="http_429", retry_delay="37s"),
    Case("timeout", scenario="slow:3", service={"timeout_s": 0.3, "max_attempts": 2}),
    Case("bad_api_key", service={"api_key": "wrong-key"}),
    Case("retired_model", service={"model": "gemini-3-pro-image-preview"}),
    Case("connection_refused", service={"max_attempts": 2}),
)


def main() -> None:
    logging.disable(logging.CRITICAL)  # the service logs every retry; the JSON says it all
    reference = _reference_photo()
    with FakeGeminiServer() as server:
        outcomes = {case.name: _run(case, server, reference) for case in CASES}
    json.dump({"sdk": _sdk(), "cases": outcomes}, sys.stdout, indent=1)


def _run(case: Case, server: FakeGeminiServer, reference: ReferencePhoto) -> dict[str, Any]:
    server.reset()
    server.retry_delay = case.retry_delay
    server.queue_scenarios(*case.queued)
    base_url = server.base_url
    if case.name == "connection_refused":
        with FakeGeminiServer() as closed:
            base_url = closed.base_url  # nothing listens there once it has stopped
    waits: list[float] = []
    service = _service(server, base_url, case, waits.append)
    outcome: dict[str, Any]
    try:
        image = service.generate_image(
            prompt=PROMPT, references=[reference], aspect_ratio="16:9", resolution="2K"
        )
    except ImageGenerationError as exc:
        outcome = {
            "error": exc.code,
            "retryable": exc.retryable,
            "attempts": exc.attempts,
            "retry_after_s": exc.retry_after_s,
            "message": exc.message,
            "cause": _qualified_name(exc.__cause__),
        }
    else:
        sent = server.sent_images[-1] if server.sent_images else None
        answered = server.requests[-1] if server.requests else None
        outcome = {
            "image": f"{image.mime_type} {image.width}x{image.height}",
            "attempts": image.attempts,
            "bytes_as_sent": sent is not None and image.data == sent.data,
            "model_version": image.model_version,
            "response_id_as_sent": answered is not None
            and bool(image.response_id)
            and image.response_id == answered.response_id,
            "tokens": [
                image.usage.prompt_tokens,
                image.usage.output_tokens,
                image.usage.thoughts_tokens,
                image.usage.total_tokens,
            ],
        }
    outcome["requests"] = len(server.requests)
    outcome["waits"] = waits
    outcome["paths"] = sorted({request.path for request in server.requests})
    outcome["inline_data_keys"] = sorted(
        {key for request in server.requests for key in _inline_data_keys(request.body)}
    )
    return outcome


def _service(
    server: FakeGeminiServer, base_url: str, case: Case, sleep: Callable[[float], None]
) -> GeminiImageService:
    options: dict[str, Any] = {
        "api_key": server.api_key,
        "model": "gemini-3-pro-image",
        "base_url": base_url,
        "timeout_s": 10.0,
        "max_attempts": 3,
        "retry_base_delay_s": 0.01,
        "retry_max_delay_s": 1.0,
        "extra_headers": {SCENARIO_HEADER: case.scenario} if case.scenario else {},
    }
    options.update(case.service)
    return GeminiImageService(**options, sleep=sleep)


def _reference_photo() -> ReferencePhoto:
    buffer = io.BytesIO()
    Image.new("RGB", (96, 128), (200, 150, 120)).save(buffer, format="JPEG", quality=90)
    return ReferencePhoto(jpeg=buffer.getvalue(), width=96, height=128)


def _sdk() -> dict[str, Any]:
    from google import genai

    distribution = importlib.metadata.distribution("google-genai")
    return {
        "version": distribution.version,
        "module_file": genai.__file__,
        "unmet_requirements": _unmet_requirements(distribution),
    }


def _unmet_requirements(distribution: importlib.metadata.Distribution) -> list[str]:
    """The SDK's own requirements (no extras) that the packages first on sys.path do not meet."""
    unmet: list[str] = []
    for line in distribution.requires or []:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        try:
            found = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            unmet.append(f"{requirement} (not installed)")
            continue
        if not requirement.specifier.contains(found, prereleases=True):
            unmet.append(f"{requirement} ({found} is installed)")
    return unmet


def _inline_data_keys(body: dict[str, Any] | None) -> set[str]:
    keys: set[str] = set()
    for content in (body or {}).get("contents") or []:
        for part in content.get("parts") or []:
            for name in ("inlineData", "inline_data"):
                if name in part:
                    keys |= {f"{name}.{key}" for key in part[name]}
    return keys


def _qualified_name(exc: BaseException | None) -> str:
    return "" if exc is None else f"{type(exc).__module__}.{type(exc).__qualname__}"


if __name__ == "__main__":
    main()
