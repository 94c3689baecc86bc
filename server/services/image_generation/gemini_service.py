"""Poster generation with Gemini 3 Pro Image through the google-genai SDK.

The SDK's own retries stay off: this class retries transient failures itself so that it can
count attempts and honour the RetryInfo delay of a 429 (the SDK ignores it). Every answer is
classified, including the HTTP 200 answers that carry no image (see gemini-api.md).
"""

import json
import logging
import re
import time
from collections.abc import Callable
from typing import Any

import pydantic
from django.conf import settings
from google.genai import errors, types

from .gemini_client import gemini_client
from .gemini_conversation import build_gemini_contents, read_model_turn
from .image_generation_error import ImageGenerationError
from .image_sizes import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS, pixel_size
from .provider_result import GeneratedImage, ReferencePhoto, Refinement, TokenUsage
from .sending_withheld import SendingWithheld
from .sniff_image_type import sniff_image_type
from .transport_errors import transport_error, transport_error_types

log = logging.getLogger(__name__)

BLOCKING_FINISH_REASONS = frozenset(
    {
        "IMAGE_SAFETY",
        "IMAGE_PROHIBITED_CONTENT",
        "PROHIBITED_CONTENT",
        "SAFETY",
        "BLOCKLIST",
        "SPII",
    }
)
# Every request asks Google not to log it (`store: false`): no prompt, photo or poster shows
# in the project's AI Studio logs. Google's 55-day abuse log is kept regardless.
STORE = False
_RETRY_IN_RE = re.compile(r"retry in ([0-9.]+)\s*s", re.IGNORECASE)


class GeminiImageService:
    """Generates one image from a prompt and reference photos with Gemini."""

    provider_name = "gemini"
    sends_photos_away = True
    uses_additional_prompt = True
    provider_store: bool | None = STORE

    def __init__(
        self,
        *,
        api_key: str | None = None,
        model: str | None = None,
        base_url: str | None = None,
        timeout_s: float | None = None,
        max_attempts: int | None = None,
        retry_base_delay_s: float | None = None,
        retry_max_delay_s: float | None = None,
        extra_headers: dict[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.api_key = settings.GEMINI_API_KEY if api_key is None else api_key
        self.model_name: str = model or settings.GEMINI_IMAGE_MODEL
        self.base_url = base_url if base_url is not None else settings.GEMINI_BASE_URL
        self.timeout_s = settings.GEMINI_TIMEOUT_S if timeout_s is None else timeout_s
        self.max_attempts = max(
            1, settings.GEMINI_MAX_ATTEMPTS if max_attempts is None else max_attempts
        )
        self.retry_base_delay_s = (
            settings.GEMINI_RETRY_BASE_DELAY_S if retry_base_delay_s is None else retry_base_delay_s
        )
        self.retry_max_delay_s = (
            settings.GEMINI_RETRY_MAX_DELAY_S if retry_max_delay_s is None else retry_max_delay_s
        )
        headers = settings.GEMINI_EXTRA_HEADERS if extra_headers is None else extra_headers
        self.extra_headers = tuple(sorted(headers.items()))
        self._sleep = sleep

    def generate_image(
        self,
        *,
        prompt: str,
        references: list[ReferencePhoto],
        aspect_ratio: str,
        resolution: str,
        title: str = "",
        tagline: str = "",
        refinement: Refinement | None = None,
        variation: int = 0,
        may_send: Callable[[], bool] | None = None,
    ) -> GeneratedImage:
        """Ask Gemini for one image; `title` and `tagline` are for the local poster only.

        `variation` is not sent: the model draws a different image each time by itself.
        `may_send` is asked before each attempt, retries included (SendingWithheld when not).
        """
        if aspect_ratio not in ALLOWED_ASPECT_RATIOS or resolution not in ALLOWED_RESOLUTIONS:
            raise ImageGenerationError(
                ImageGenerationError.BAD_REQUEST,
                f"The aspect ratio {aspect_ratio} at {resolution} is not offered by Gemini.",
                attempts=0,
            )
        if not self.api_key:
            raise ImageGenerationError(
                ImageGenerationError.AUTH,
                "No Gemini API key is configured. Ask the site operator to set GEMINI_API_KEY.",
                attempts=0,
            )
        client = gemini_client(
            api_key=self.api_key,
            base_url=self.base_url or "",
            timeout_ms=int(self.timeout_s * 1000),
            headers=self.extra_headers,
        )
        contents = build_gemini_contents(prompt, references, refinement)
        config = types.GenerateContentConfig(
            response_modalities=["TEXT", "IMAGE"],
            image_config=types.ImageConfig(aspect_ratio=aspect_ratio, image_size=resolution),
            automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
            **_store_option(STORE),
        )
        started = time.monotonic()
        attempt = 0
        while True:
            if may_send is not None and not may_send():
                raise SendingWithheld(attempts=attempt, provider_ms=_elapsed_ms(started))
            attempt += 1
            try:
                response = client.models.generate_content(
                    model=self.model_name, contents=contents, config=config
                )
                image = self._read_response(response, aspect_ratio, resolution)
            except ImageGenerationError as exc:
                exc.attempts = attempt
                exc.provider_ms = _elapsed_ms(started)
                raise
            except errors.APIError as exc:
                error = _classify_api_error(exc)
                error.__cause__ = exc
            except transport_error_types() as exc:
                error = transport_error(exc)
            except (
                pydantic.ValidationError,
                json.JSONDecodeError,
                errors.UnknownApiResponseError,
            ) as exc:
                error = ImageGenerationError(ImageGenerationError.INTERNAL, detail=str(exc)[:500])
                error.__cause__ = exc
            else:
                return GeneratedImage(
                    data=image.data,
                    mime_type=image.mime_type,
                    width=image.width,
                    height=image.height,
                    usage=image.usage,
                    model_version=image.model_version,
                    response_id=image.response_id,
                    attempts=attempt,
                    provider_ms=_elapsed_ms(started),
                    model_turn=image.model_turn,
                )
            error.attempts = attempt
            delay = self._retry_delay(error, attempt)
            if delay is None:
                error.provider_ms = _elapsed_ms(started)
                log.warning("Gemini failed after %d attempt(s): %r", attempt, error)
                raise error
            log.warning("Gemini attempt %d failed (%r); retrying in %.2fs", attempt, error, delay)
            self._sleep(delay)

    def _retry_delay(self, error: ImageGenerationError, attempt: int) -> float | None:
        """Seconds to wait before the next attempt, or None to give up now."""
        if not error.retryable or attempt >= self.max_attempts:
            return None
        if error.retry_after_s is not None:
            if error.retry_after_s > self.retry_max_delay_s:
                return None  # the caller may re-queue after retry_after_s
            return float(error.retry_after_s)
        backoff: float = self.retry_base_delay_s * 2 ** (attempt - 1)
        return min(backoff, self.retry_max_delay_s)

    def _read_response(
        self, response: types.GenerateContentResponse, aspect_ratio: str, resolution: str
    ) -> GeneratedImage:
        usage = _token_usage(response.usage_metadata)
        feedback = response.prompt_feedback
        if feedback is not None and feedback.block_reason is not None:
            raise ImageGenerationError(
                ImageGenerationError.BLOCKED,
                "Gemini refused the request (photos and prompt) for safety reasons. "
                "Try a different photo or prompt.",
                usage=usage,
                detail=f"prompt blocked: {_enum_name(feedback.block_reason)} "
                f"{feedback.block_reason_message or ''}".strip(),
            )
        parts = response.parts or []
        images = [
            part
            for part in parts
            if part.inline_data is not None
            and part.inline_data.data
            and (part.inline_data.mime_type or "").startswith("image/")
        ]
        final = [part for part in images if not part.thought]
        chosen = (final or images)[-1] if images else None
        if chosen is None or chosen.inline_data is None or chosen.inline_data.data is None:
            raise _no_image_error(response, parts, usage)
        data = chosen.inline_data.data
        sniffed = sniff_image_type(data)
        if sniffed is None:
            raise ImageGenerationError(
                ImageGenerationError.INTERNAL,
                "Gemini sent an image in a format this app cannot read. Try again.",
                usage=usage,
                detail=f"unreadable image labelled {chosen.inline_data.mime_type}",
            )
        if sniffed.mime_type != chosen.inline_data.mime_type:
            log.info(
                "Gemini labelled a %s image as %s", sniffed.mime_type, chosen.inline_data.mime_type
            )
        expected = pixel_size(aspect_ratio, resolution)
        if (sniffed.width, sniffed.height) != expected:
            log.warning(
                "Gemini returned %dx%d for %s at %s; expected %dx%d",
                sniffed.width,
                sniffed.height,
                aspect_ratio,
                resolution,
                *expected,
            )
        return GeneratedImage(
            data=data,
            mime_type=sniffed.mime_type,
            width=sniffed.width,
            height=sniffed.height,
            usage=usage,
            model_version=response.model_version or "",
            response_id=response.response_id or "",
            model_turn=read_model_turn(parts, chosen),
        )


def _store_option(store: bool) -> dict[str, Any]:
    """The request's top-level `store` field, as GenerateContentConfig arguments.

    google-genai 3.x has `GenerateContentConfig.store`; older releases (2.x) lack it, so it
    goes through `http_options.extra_body`, which they merge into the request body as is.
    """
    if "store" in types.GenerateContentConfig.model_fields:
        return {"store": store}
    return {"http_options": types.HttpOptions(extra_body={"store": store})}


def _no_image_error(
    response: types.GenerateContentResponse, parts: list[types.Part], usage: TokenUsage
) -> ImageGenerationError:
    candidate = response.candidates[0] if response.candidates else None
    if candidate is None:
        return ImageGenerationError(
            ImageGenerationError.NO_IMAGE,
            "Gemini returned an empty answer with no image. Try again.",
            usage=usage,
            detail="no candidates",
        )
    reason = _enum_name(candidate.finish_reason)
    finish_message = (candidate.finish_message or "").strip()
    text = " ".join(p.text for p in parts if p.text and not p.thought).strip()
    detail = f"finish_reason={reason} finish_message={finish_message!r} text={text[:300]!r}"
    if reason in BLOCKING_FINISH_REASONS:
        return ImageGenerationError(ImageGenerationError.BLOCKED, usage=usage, detail=detail)
    # google-genai 2.19 and 3.6 drop finishMessage on the Gemini API path; a future one may not.
    if finish_message:
        message = f"Gemini did not draw an image. It said: “{finish_message}”"
    elif reason == "IMAGE_OTHER":
        message = (
            "Gemini could not draw a poster from these photos and this prompt. "
            "Try rephrasing the prompt or choosing other photos."
        )
    elif text:
        message = (
            "Gemini replied with text instead of an image. Try again, perhaps asking more "
            "plainly for a poster."
        )
    else:
        message = None
    return ImageGenerationError(ImageGenerationError.NO_IMAGE, message, usage=usage, detail=detail)


def _classify_api_error(exc: errors.APIError) -> ImageGenerationError:
    code = exc.code
    detail = f"{code} {exc.status}: {exc.message}"[:500]
    body = exc.details if isinstance(exc.details, dict) else {}
    error_details = (body.get("error") or {}).get("details") or []
    reasons = {d.get("reason") for d in error_details if isinstance(d, dict)}
    if code == 400 and "API_KEY_INVALID" in reasons:
        return ImageGenerationError(ImageGenerationError.AUTH, detail=detail)
    if code in (401, 403):
        return ImageGenerationError(ImageGenerationError.AUTH, detail=detail)
    if code == 404:
        return ImageGenerationError(ImageGenerationError.MODEL_NOT_FOUND, detail=detail)
    if code == 413:
        return ImageGenerationError(
            ImageGenerationError.BAD_REQUEST,
            "The photos are too large to send to Gemini together. Use fewer or smaller photos.",
            detail=detail,
        )
    if code == 429:
        return ImageGenerationError(
            ImageGenerationError.RATE_LIMITED,
            retry_after_s=_retry_after_s(error_details, exc.message or ""),
            detail=detail,
        )
    if code in (408, 504):
        return ImageGenerationError(ImageGenerationError.TIMEOUT, detail=detail)
    if code >= 500:
        return ImageGenerationError(ImageGenerationError.UNAVAILABLE, detail=detail)
    if code == 400 and exc.status == "FAILED_PRECONDITION":
        return ImageGenerationError(
            ImageGenerationError.BAD_REQUEST,
            "Gemini image generation is not available for this project or region. "
            "Ask the site operator to check the Gemini account.",
            detail=detail,
        )
    return ImageGenerationError(ImageGenerationError.BAD_REQUEST, detail=detail)


def _retry_after_s(error_details: list[Any], message: str) -> float | None:
    for item in error_details:
        if isinstance(item, dict) and str(item.get("@type", "")).endswith("google.rpc.RetryInfo"):
            delay = str(item.get("retryDelay", "")).strip()
            if delay.endswith("s"):
                try:
                    return max(0.0, float(delay[:-1]))
                except ValueError:
                    break
    match = _RETRY_IN_RE.search(message)
    return float(match.group(1)) if match else None


def _token_usage(metadata: types.GenerateContentResponseUsageMetadata | None) -> TokenUsage:
    if metadata is None:
        return TokenUsage()
    return TokenUsage(
        prompt_tokens=metadata.prompt_token_count or 0,
        output_tokens=metadata.candidates_token_count or 0,
        thoughts_tokens=metadata.thoughts_token_count or 0,
        total_tokens=metadata.total_token_count or 0,
    )


def _elapsed_ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _enum_name(value: object) -> str:
    if value is None:
        return ""
    return str(getattr(value, "name", value))
