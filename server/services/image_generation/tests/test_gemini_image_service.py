"""GeminiImageService with the real google-genai client against the fake Gemini server."""

import io
import time
from collections.abc import Callable

import pytest
from PIL import Image

from services.image_generation import (
    GeminiImageService,
    ImageGenerationError,
    ReferencePhoto,
    SendingWithheld,
)
from testing.fake_gemini import FakeGeminiServer

from .conftest import jpeg_reference

MakeService = Callable[..., GeminiImageService]


def generate(service: GeminiImageService, references: list[ReferencePhoto], **kwargs: str):
    options = {"prompt": "A movie poster of this person.", "aspect_ratio": "16:9"}
    options["resolution"] = "2K"
    options.update(kwargs)
    return service.generate_image(references=references, **options)


def test_ok_returns_the_bytes_the_server_sent_unchanged(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    image = generate(make_service("ok"), [astronaut])

    assert image.data == fake_gemini.sent_images[-1].data
    assert (image.mime_type, image.width, image.height) == ("image/png", 2752, 1536)
    assert image.attempts == 1
    assert image.provider_ms >= 0
    assert image.model_version == "gemini-3-pro-image"
    assert image.response_id == fake_gemini.requests[-1].response_id
    assert len(image.response_id) == 24
    assert image.usage.prompt_tokens == 560 + 8  # one photo + ceil(31 chars / 4)
    assert image.usage.output_tokens == 1120 + 5
    assert image.usage.thoughts_tokens == 212
    assert image.usage.total_tokens == 568 + 1125 + 212


def test_request_sends_prompt_then_jpeg_parts_and_the_image_config(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    second = jpeg_reference("chelsea.png")

    generate(make_service(), [astronaut, second], aspect_ratio="2:3", resolution="4K")

    [request] = fake_gemini.requests
    assert request.path == "/v1beta/models/gemini-3-pro-image:generateContent"
    assert request.header("x-goog-api-key") == fake_gemini.api_key
    assert request.header("x-server-timeout") == "10"
    assert request.prompt == "A movie poster of this person."
    parts = request.body["contents"][0]["parts"]
    assert list(parts[0]) == ["text"]
    assert [image.mime_type for image in request.images] == ["image/jpeg", "image/jpeg"]
    assert [image.image_format for image in request.images] == ["JPEG", "JPEG"]
    assert [image.data for image in request.images] == [astronaut.jpeg, second.jpeg]
    assert request.image_config == {"aspectRatio": "2:3", "imageSize": "4K"}
    assert request.generation_config["responseModalities"] == ["TEXT", "IMAGE"]
    assert request.body["store"] is False  # Google keeps no log of it


def test_the_service_says_its_requests_are_not_stored_at_google() -> None:
    assert GeminiImageService.provider_store is False


def test_aspect_ratio_and_size_are_sent_even_without_references(
    make_service: MakeService, fake_gemini: FakeGeminiServer
) -> None:
    image = generate(make_service(), [], aspect_ratio="1:1", resolution="1K")

    assert fake_gemini.requests[0].image_config == {"aspectRatio": "1:1", "imageSize": "1K"}
    assert fake_gemini.requests[0].images == []
    assert (image.width, image.height) == (1024, 1024)


@pytest.mark.parametrize("scenario", ["ok_jpeg", "ok_mislabelled"])
def test_jpeg_output_is_sniffed_as_jpeg_whatever_its_label(
    make_service: MakeService,
    fake_gemini: FakeGeminiServer,
    astronaut: ReferencePhoto,
    scenario: str,
) -> None:
    image = generate(make_service(scenario), [astronaut])

    assert image.mime_type == "image/jpeg"
    assert image.data == fake_gemini.sent_images[-1].data
    assert image.data.startswith(b"\xff\xd8\xff")
    assert (image.width, image.height) == (2752, 1536)


def test_a_final_image_flagged_as_thought_is_still_used(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    image = generate(make_service("ok_thought_only_image"), [astronaut])

    assert fake_gemini.sent_images[-1].thought is True
    assert image.data == fake_gemini.sent_images[-1].data


def test_wrong_size_is_recorded_as_returned_and_logged(
    make_service: MakeService, astronaut: ReferencePhoto, caplog: pytest.LogCaptureFixture
) -> None:
    image = generate(make_service("ok_wrong_size"), [astronaut])

    assert (image.width, image.height) == (1024, 1024)
    assert "expected 2752x1536" in caplog.text


@pytest.mark.filterwarnings("ignore:SOMETHING_NEW is not a valid FinishReason")
@pytest.mark.parametrize(
    ("scenario", "code", "message_part"),
    [
        ("text_only", "no_image", "replied with text instead of an image"),
        ("no_image", "no_image", "replied with text instead of an image"),
        ("unknown_finish_reason", "no_image", "replied with text instead of an image"),
        ("image_other", "no_image", "could not draw a poster from these photos"),
        ("empty", "no_image", "empty answer"),
        ("image_safety", "blocked", "declined to draw this poster for safety reasons"),
        ("image_prohibited", "blocked", "declined to draw this poster for safety reasons"),
        ("prompt_blocked", "blocked", "refused the request (photos and prompt)"),
        ("prompt_blocked_image_safety", "blocked", "refused the request (photos and prompt)"),
        ("http_400", "bad_request", "refused the request as invalid"),
        ("http_403", "auth", "GEMINI_API_KEY"),
        ("http_404", "model_not_found", "GEMINI_IMAGE_MODEL"),
        ("http_413", "bad_request", "too large"),
        ("malformed_json", "internal", "could not read"),
        ("bad_base64", "internal", "could not read"),
    ],
)
def test_permanent_failures_are_classified_and_never_retried(
    make_service: MakeService,
    fake_gemini: FakeGeminiServer,
    astronaut: ReferencePhoto,
    scenario: str,
    code: str,
    message_part: str,
) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service(scenario), [astronaut])

    error = caught.value
    assert error.code == code
    assert message_part in error.message
    assert error.message.endswith(".")
    assert error.retryable is False
    assert error.attempts == 1
    assert len(fake_gemini.requests) == 1


def test_blocked_answers_keep_their_token_usage_for_costing(
    make_service: MakeService, astronaut: ReferencePhoto
) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service("prompt_blocked"), [astronaut])

    assert caught.value.usage is not None
    assert caught.value.usage.prompt_tokens == 568


def test_a_bad_api_key_is_an_auth_error(
    fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    service = GeminiImageService(api_key="wrong-key")

    with pytest.raises(ImageGenerationError) as caught:
        generate(service, [astronaut])

    assert caught.value.code == "auth"
    assert "API_KEY_INVALID" not in caught.value.message
    assert len(fake_gemini.requests) == 1


def test_the_retired_preview_model_is_model_not_found(
    fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    service = GeminiImageService(model="gemini-3-pro-image-preview")

    with pytest.raises(ImageGenerationError) as caught:
        generate(service, [astronaut])

    assert caught.value.code == "model_not_found"
    assert len(fake_gemini.requests) == 1


def test_no_api_key_fails_without_a_request(
    fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        generate(GeminiImageService(api_key=""), [astronaut])

    assert caught.value.code == "auth"
    assert fake_gemini.requests == []


def test_an_unknown_aspect_ratio_fails_without_a_request(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service(), [astronaut], aspect_ratio="1:4")

    assert caught.value.code == "bad_request"
    assert fake_gemini.requests == []


def test_flaky_server_succeeds_on_the_third_attempt(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    image = generate(make_service("flaky:2"), [astronaut])

    assert image.attempts == 3
    assert len(fake_gemini.requests) == 3
    assert image.data == fake_gemini.sent_images[-1].data


def test_may_send_is_asked_before_the_first_attempt_and_nothing_is_sent_when_it_says_no(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    with pytest.raises(SendingWithheld) as caught:
        generate(make_service(), [astronaut], may_send=lambda: False)

    assert caught.value.attempts == 0
    assert fake_gemini.generate_calls == 0


def test_may_send_is_asked_again_before_each_retry(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    answers = iter([True, True, False])  # the third attempt would succeed (flaky:2)
    asked: list[int] = []

    def may_send() -> bool:
        asked.append(fake_gemini.generate_calls)
        return next(answers)

    with pytest.raises(SendingWithheld) as caught:
        generate(make_service("flaky:2"), [astronaut], may_send=may_send)

    assert asked == [0, 1, 2]  # before each attempt, after the one before it
    assert caught.value.attempts == 2
    assert fake_gemini.generate_calls == 2
    assert fake_gemini.sent_images == []


@pytest.mark.parametrize(
    ("scenario", "code"),
    [
        ("http_500", "unavailable"),
        ("http_502", "unavailable"),
        ("http_503", "unavailable"),
        ("http_504", "timeout"),
    ],
)
def test_server_errors_are_retried_up_to_the_attempt_limit(
    make_service: MakeService,
    fake_gemini: FakeGeminiServer,
    astronaut: ReferencePhoto,
    settings,
    scenario: str,
    code: str,
) -> None:
    settings.GEMINI_MAX_ATTEMPTS = 4

    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service(scenario), [astronaut])

    assert caught.value.code == code
    assert caught.value.retryable is True
    assert caught.value.attempts == 4
    assert len(fake_gemini.requests) == 4


def test_backoff_grows_exponentially_from_the_base_delay(
    fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto, settings
) -> None:
    settings.GEMINI_EXTRA_HEADERS = {"X-Fake-Scenario": "http_503"}
    settings.GEMINI_MAX_ATTEMPTS = 4
    settings.GEMINI_RETRY_BASE_DELAY_S = 2
    settings.GEMINI_RETRY_MAX_DELAY_S = 5
    waits: list[float] = []

    with pytest.raises(ImageGenerationError):
        generate(GeminiImageService(sleep=waits.append), [astronaut])

    assert waits == [2, 4, 5]


def test_rate_limit_honours_the_retry_delay_from_retry_info(
    fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    fake_gemini.queue_scenarios("http_429", "ok")
    fake_gemini.retry_delay = "0.3s"
    waits: list[float] = []
    service = GeminiImageService(sleep=lambda s: (waits.append(s), time.sleep(s)))

    image = generate(service, [astronaut])

    assert waits == [0.3]
    assert image.attempts == 2
    assert [r.scenario for r in fake_gemini.requests] == ["http_429", "ok"]


def test_rate_limit_that_persists_reports_the_retry_delay(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service("http_429"), [astronaut])

    assert caught.value.code == "rate_limited"
    assert caught.value.retry_after_s == pytest.approx(0.05)
    assert caught.value.attempts == 3
    assert len(fake_gemini.requests) == 3


def test_a_retry_delay_beyond_the_cap_is_left_to_the_caller(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    fake_gemini.retry_delay = "37s"

    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service("http_429"), [astronaut])

    assert caught.value.code == "rate_limited"
    assert caught.value.retry_after_s == 37.0
    assert caught.value.attempts == 1
    assert len(fake_gemini.requests) == 1


def test_a_slow_answer_times_out_with_the_configured_timeout(
    make_service: MakeService,
    fake_gemini: FakeGeminiServer,
    astronaut: ReferencePhoto,
    settings,
) -> None:
    settings.GEMINI_TIMEOUT_S = 0.3
    settings.GEMINI_MAX_ATTEMPTS = 2
    started = time.monotonic()

    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service("slow:3"), [astronaut])

    assert caught.value.code == "timeout"
    assert caught.value.attempts == 2
    assert caught.value.provider_ms >= 600
    assert len(fake_gemini.requests) == 2
    assert fake_gemini.requests[0].header("x-server-timeout") == "1"
    assert time.monotonic() - started < 2.5


def test_a_slow_answer_within_the_timeout_succeeds(
    make_service: MakeService, astronaut: ReferencePhoto
) -> None:
    image = generate(make_service("slow:0.2"), [astronaut])

    assert image.attempts == 1
    assert image.provider_ms >= 200


def test_a_refused_connection_is_unavailable(astronaut: ReferencePhoto, settings) -> None:
    settings.GEMINI_API_KEY = "key"
    settings.GEMINI_MAX_ATTEMPTS = 2
    settings.GEMINI_RETRY_BASE_DELAY_S = 0.01
    with FakeGeminiServer() as server:
        base_url = server.base_url  # a port that is closed once the server stops
    service = GeminiImageService(base_url=base_url)

    with pytest.raises(ImageGenerationError) as caught:
        generate(service, [astronaut])

    assert caught.value.code == "unavailable"
    assert caught.value.attempts == 2


@pytest.mark.parametrize("scenario", ["disconnect", "reset"])
def test_a_connection_dropped_without_an_answer_is_unavailable_and_retried(
    make_service: MakeService,
    fake_gemini: FakeGeminiServer,
    astronaut: ReferencePhoto,
    scenario: str,
) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        generate(make_service(scenario), [astronaut])

    assert caught.value.code == "unavailable"
    assert caught.value.retryable is True
    assert caught.value.attempts == 3
    assert len(fake_gemini.requests) == 3
    assert [r.status for r in fake_gemini.requests] == [0, 0, 0]


def test_five_1536px_references_fit_well_within_the_request_limit(
    make_service: MakeService, fake_gemini: FakeGeminiServer
) -> None:
    names = ["astronaut.png", "chelsea.png", "coffee.png", "camera.png", "astronaut.png"]
    references = [jpeg_reference(name, long_edge=1536) for name in names]

    generate(make_service(), references)

    [request] = fake_gemini.requests
    assert [max(i.width, i.height) for i in request.images] == [1536] * 5
    raw_total = sum(len(r.jpeg) for r in references)
    # base64 adds a third; the JSON around it is small.
    assert raw_total * 4 / 3 < request.body_bytes < raw_total * 4 / 3 + 2000
    assert request.body_bytes < 20 * 1024 * 1024


def test_generated_png_opens_at_the_reported_size(
    make_service: MakeService, astronaut: ReferencePhoto
) -> None:
    image = generate(make_service(), [astronaut], aspect_ratio="9:16", resolution="1K")

    with Image.open(io.BytesIO(image.data)) as opened:
        assert opened.format == "PNG"
        assert opened.size == (image.width, image.height) == (768, 1376)
