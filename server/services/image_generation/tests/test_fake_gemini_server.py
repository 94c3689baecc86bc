"""The fake server itself, spoken to in raw JSON the way other SDK versions and curl do."""

import base64
import io
import time
from typing import Any

import httpx
import pytest
from PIL import Image

from services.image_generation import pixel_size
from testing.fake_gemini import FakeGeminiServer

from .conftest import jpeg_reference

MODEL_PATH = "/models/gemini-3-pro-image:generateContent"


def png_bytes(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def post(
    server: FakeGeminiServer,
    body: dict[str, Any],
    *,
    version: str = "v1beta",
    model_path: str = MODEL_PATH,
    headers: dict[str, str] | None = None,
    params: dict[str, str] | None = None,
) -> httpx.Response:
    all_headers = {"x-goog-api-key": server.api_key, **(headers or {})}
    if params and "key" in params:
        all_headers.pop("x-goog-api-key")
    return httpx.post(
        f"{server.base_url}/{version}{model_path}",
        json=body,
        headers=all_headers,
        params=params,
        timeout=10,
    )


def body_with(parts: list[dict[str, Any]], **generation_config: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"contents": [{"role": "user", "parts": parts}], "store": False}
    if generation_config:
        body["generationConfig"] = generation_config
    return body


def final_image(response: httpx.Response) -> tuple[str, Image.Image]:
    parts = response.json()["candidates"][0]["content"]["parts"]
    blob = next(p for p in reversed(parts) if "inlineData" in p)["inlineData"]
    return blob["mimeType"], Image.open(io.BytesIO(base64.b64decode(blob["data"])))


def test_v1_path_snake_case_and_standard_base64_are_understood(
    fake_gemini: FakeGeminiServer,
) -> None:
    photo = png_bytes((300, 400))
    part = {"inline_data": {"mime_type": "image/png", "data": base64.b64encode(photo).decode()}}
    body = body_with(
        [{"text": "poster"}, part], imageConfig={"aspectRatio": "3:4", "imageSize": "2K"}
    )

    response = post(fake_gemini, body, version="v1")

    assert response.status_code == 200
    [request] = fake_gemini.requests
    assert request.api_version == "v1"
    assert request.images[0].data == photo
    assert (request.images[0].width, request.images[0].height) == (300, 400)
    mime_type, image = final_image(response)
    assert mime_type == "image/png"
    assert image.size == pixel_size("3:4", "2K")


def test_url_safe_base64_and_camel_case_are_understood(fake_gemini: FakeGeminiServer) -> None:
    photo = jpeg_reference().jpeg
    data = base64.urlsafe_b64encode(photo).decode()
    part = {"inlineData": {"mimeType": "image/jpeg", "data": data}}

    response = post(fake_gemini, body_with([{"text": "poster"}, part]))

    assert response.status_code == 200
    assert fake_gemini.requests[0].images[0].data == photo


def test_without_image_config_the_output_follows_the_first_photo_at_1k(
    fake_gemini: FakeGeminiServer,
) -> None:
    part = {
        "inlineData": {
            "mimeType": "image/png",
            "data": base64.b64encode(png_bytes((1600, 900))).decode(),
        }
    }

    with_photo = post(fake_gemini, body_with([{"text": "a"}, part]))
    without_photo = post(fake_gemini, body_with([{"text": "a"}]))

    assert final_image(with_photo)[1].size == pixel_size("16:9", "1K")
    assert final_image(without_photo)[1].size == pixel_size("1:1", "1K")


def test_the_image_is_deterministic_from_the_prompt(fake_gemini: FakeGeminiServer) -> None:
    config = {"imageConfig": {"aspectRatio": "1:1", "imageSize": "1K"}}

    first = post(fake_gemini, body_with([{"text": "one"}], **config))
    again = post(fake_gemini, body_with([{"text": "one"}], **config))
    other = post(fake_gemini, body_with([{"text": "two"}], **config))

    data = [
        r.json()["candidates"][0]["content"]["parts"][-1]["inlineData"]["data"]
        for r in (first, again, other)
    ]
    assert data[0] == data[1] != data[2]


def test_key_may_be_a_query_parameter_and_a_wrong_key_is_refused(
    fake_gemini: FakeGeminiServer,
) -> None:
    ok = post(fake_gemini, body_with([{"text": "a"}]), params={"key": fake_gemini.api_key})
    wrong = post(fake_gemini, body_with([{"text": "a"}]), headers={"x-goog-api-key": "nope"})

    assert ok.status_code == 200
    assert wrong.status_code == 400
    error = wrong.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert error["message"] == "API key not valid. Please pass a valid API key."
    assert error["details"][0]["reason"] == "API_KEY_INVALID"


@pytest.mark.parametrize("model", ["gemini-3-pro-image-preview", "gemini-9-ultra"])
def test_unknown_and_retired_models_are_not_found(
    fake_gemini: FakeGeminiServer, model: str
) -> None:
    response = post(
        fake_gemini, body_with([{"text": "a"}]), model_path=f"/models/{model}:generateContent"
    )

    assert response.status_code == 404
    assert response.json()["error"]["message"].startswith(f"models/{model} is not found")


def test_get_model_answers_for_the_known_model(fake_gemini: FakeGeminiServer) -> None:
    response = httpx.get(
        f"{fake_gemini.base_url}/v1beta/models/gemini-3-pro-image",
        headers={"x-goog-api-key": fake_gemini.api_key},
    )

    assert response.json()["name"] == "models/gemini-3-pro-image"


@pytest.mark.parametrize(
    ("mutate", "message_part"),
    [
        ({"images": 15}, "at most 14 images"),
        ({"mime_type": "image/jpg"}, "MIME type must be image/png, image/jpeg, image/webp"),
        ({"imageSize": "2k"}, "image_size must be one of '1K', '2K' or '4K'"),
        ({"aspectRatio": "1:4"}, "aspect_ratio must be one of '1:1', '2:3'"),
        ({"data": "***"}, "Base64 decoding failed"),
    ],
)
def test_invalid_requests_get_400_with_googles_messages(
    fake_gemini: FakeGeminiServer, mutate: dict[str, Any], message_part: str
) -> None:
    data = mutate.get("data", base64.b64encode(png_bytes((8, 8))).decode())
    part = {"inlineData": {"mimeType": mutate.get("mime_type", "image/png"), "data": data}}
    config = {
        "aspectRatio": mutate.get("aspectRatio", "1:1"),
        "imageSize": mutate.get("imageSize", "1K"),
    }
    parts = [{"text": "a"}] + [part] * mutate.get("images", 1)

    response = post(fake_gemini, body_with(parts, imageConfig=config))

    assert response.status_code == 400
    assert response.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert message_part in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "store", [pytest.param("absent", id="absent"), pytest.param(True, id="true")]
)
def test_a_request_not_sent_with_store_false_is_refused(
    fake_gemini: FakeGeminiServer, store: object
) -> None:
    body = body_with([{"text": "a"}])
    if store == "absent":
        del body["store"]
    else:
        body["store"] = store

    response = post(fake_gemini, body)

    assert response.status_code == 400
    assert response.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert "store: false" in response.json()["error"]["message"]
    assert fake_gemini.sent_images == []  # nothing drawn


def test_generate_calls_counts_every_generate_content_call_until_reset(
    fake_gemini: FakeGeminiServer,
) -> None:
    httpx.get(
        f"{fake_gemini.base_url}/v1beta/models/gemini-3-pro-image",
        headers={"x-goog-api-key": fake_gemini.api_key},
    )
    post(fake_gemini, body_with([{"text": "a"}]))
    post(fake_gemini, {"contents": []})  # refused, still a call

    assert fake_gemini.generate_calls == 2
    fake_gemini.reset()
    assert fake_gemini.generate_calls == 0


def test_include_thoughts_adds_a_thought_text_and_a_thought_image(
    fake_gemini: FakeGeminiServer,
) -> None:
    body = body_with([{"text": "a"}], thinkingConfig={"includeThoughts": True})

    parts = post(fake_gemini, body).json()["candidates"][0]["content"]["parts"]

    assert [bool(p.get("thought")) for p in parts] == [True, True, False, False]
    assert "inlineData" in parts[1]
    assert "thoughtSignature" in parts[3]
    assert [s.thought for s in fake_gemini.sent_images] == [True, False]


def test_usage_metadata_counts_photos_and_the_image(fake_gemini: FakeGeminiServer) -> None:
    part = {
        "inlineData": {
            "mimeType": "image/png",
            "data": base64.b64encode(png_bytes((8, 8))).decode(),
        }
    }
    body = body_with([{"text": "12345678"}, part, part], imageConfig={"imageSize": "4K"})

    payload = post(fake_gemini, body).json()

    usage = payload["usageMetadata"]
    assert usage["promptTokenCount"] == 2 + 2 * 560
    assert usage["candidatesTokenCount"] == 2000 + 5
    assert usage["totalTokenCount"] == 1122 + 2005 + usage["thoughtsTokenCount"]
    assert {d["modality"] for d in usage["promptTokensDetails"]} == {"TEXT", "IMAGE"}
    assert payload["modelVersion"] == "gemini-3-pro-image"
    assert payload["responseId"]


def test_scenarios_from_the_queue_then_the_default(fake_gemini: FakeGeminiServer) -> None:
    fake_gemini.scenario = "http_503"
    fake_gemini.queue_scenarios("ok", "http_429")

    statuses = [post(fake_gemini, body_with([{"text": "a"}])).status_code for _ in range(3)]
    header = post(fake_gemini, body_with([{"text": "a"}]), headers={"X-Fake-Scenario": "ok"})

    assert statuses == [200, 429, 503]
    assert header.status_code == 200
    assert [r.status for r in fake_gemini.requests] == [200, 429, 503, 200]


def test_429_carries_quota_failure_help_and_retry_info(fake_gemini: FakeGeminiServer) -> None:
    fake_gemini.retry_delay = "2s"

    response = post(
        fake_gemini, body_with([{"text": "a"}]), headers={"X-Fake-Scenario": "http_429"}
    )

    error = response.json()["error"]
    types = [d["@type"].rsplit(".", 1)[-1] for d in error["details"]]
    assert (error["code"], error["status"]) == (429, "RESOURCE_EXHAUSTED")
    assert types == ["QuotaFailure", "Help", "RetryInfo"]
    assert error["details"][2]["retryDelay"] == "2s"


def test_502_is_an_html_page(fake_gemini: FakeGeminiServer) -> None:
    response = post(
        fake_gemini, body_with([{"text": "a"}]), headers={"X-Fake-Scenario": "http_502"}
    )

    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html"
    assert b"Bad Gateway" in response.content


def test_flaky_fails_n_times_per_server_then_succeeds(fake_gemini: FakeGeminiServer) -> None:
    flaky = {"X-Fake-Scenario": "flaky:2"}

    statuses = [
        post(fake_gemini, body_with([{"text": "a"}]), headers=flaky).status_code for _ in range(4)
    ]

    assert statuses == [503, 503, 200, 200]


def test_fixed_latency_delays_every_answer(fake_gemini: FakeGeminiServer) -> None:
    fake_gemini.latency_s = 0.2
    started = time.monotonic()

    post(fake_gemini, body_with([{"text": "a"}]))

    assert time.monotonic() - started >= 0.2


def test_unknown_path_and_unknown_scenario(fake_gemini: FakeGeminiServer) -> None:
    missing = httpx.post(f"{fake_gemini.base_url}/v2/nothing", json={})
    unknown = post(fake_gemini, body_with([{"text": "a"}]), headers={"X-Fake-Scenario": "nope"})

    assert missing.status_code == 404
    assert unknown.status_code == 400
    assert "Unknown fake scenario" in unknown.json()["error"]["message"]


def test_a_path_prefix_is_supported() -> None:
    with FakeGeminiServer(path_prefix="/proxy/gemini") as server:
        response = post(server, body_with([{"text": "a"}]))

    assert response.status_code == 200
    assert server.requests[0].path.startswith("/proxy/gemini/v1beta/")
