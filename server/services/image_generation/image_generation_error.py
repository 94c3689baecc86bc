"""The one exception every image provider raises, with a code and a sentence for a person."""

from typing import ClassVar

from .provider_result import TokenUsage


class ImageGenerationError(Exception):
    """A generation that produced no image.

    `code` is stable and machine-readable (it becomes the job's error code); `message` is
    written for the admin who started the job; `retryable` says whether trying again later
    may help, and `retry_after_s` how long the provider asked us to wait, when it said so.
    """

    BLOCKED = "blocked"
    NO_IMAGE = "no_image"
    RATE_LIMITED = "rate_limited"
    UNAVAILABLE = "unavailable"
    TIMEOUT = "timeout"
    BAD_REQUEST = "bad_request"
    AUTH = "auth"
    MODEL_NOT_FOUND = "model_not_found"
    INTERNAL = "internal"

    CODES: ClassVar[frozenset[str]] = frozenset(
        {
            BLOCKED,
            NO_IMAGE,
            RATE_LIMITED,
            UNAVAILABLE,
            TIMEOUT,
            BAD_REQUEST,
            AUTH,
            MODEL_NOT_FOUND,
            INTERNAL,
        }
    )
    RETRYABLE_CODES: ClassVar[frozenset[str]] = frozenset({RATE_LIMITED, UNAVAILABLE, TIMEOUT})

    DEFAULT_MESSAGES: ClassVar[dict[str, str]] = {
        BLOCKED: (
            "Gemini declined to draw this poster for safety reasons. "
            "Try a different photo or prompt."
        ),
        NO_IMAGE: (
            "Gemini answered without an image. Try again, perhaps with a shorter or "
            "more concrete prompt."
        ),
        RATE_LIMITED: (
            "The Gemini quota for this project is used up for the moment. "
            "Wait a minute and try again."
        ),
        UNAVAILABLE: ("Gemini is overloaded or unavailable right now. Try again in a few minutes."),
        TIMEOUT: (
            "Gemini took too long to draw the poster. Try again, or choose a lower resolution."
        ),
        BAD_REQUEST: (
            "Gemini refused the request as invalid. Check the photos and the chosen "
            "size, then try again."
        ),
        AUTH: (
            "The Gemini API key is missing, invalid or lacks permission. "
            "Ask the site operator to check GEMINI_API_KEY."
        ),
        MODEL_NOT_FOUND: (
            "The configured Gemini image model does not exist (it may have been retired). "
            "Ask the site operator to check GEMINI_IMAGE_MODEL."
        ),
        INTERNAL: (
            "Gemini sent an answer this app could not read. Try again; if it keeps "
            "happening, tell the site operator."
        ),
    }

    def __init__(
        self,
        code: str,
        message: str | None = None,
        *,
        retryable: bool | None = None,
        retry_after_s: float | None = None,
        attempts: int = 1,
        usage: TokenUsage | None = None,
        provider_ms: int = 0,
        detail: str = "",
    ) -> None:
        if code not in self.CODES:
            raise ValueError(f"Unknown image generation error code: {code!r}")
        self.code = code
        self.message = message or self.DEFAULT_MESSAGES[code]
        self.retryable = code in self.RETRYABLE_CODES if retryable is None else retryable
        self.retry_after_s = retry_after_s
        self.attempts = attempts
        self.usage = usage  # tokens billed even though no image came back, when known
        self.provider_ms = provider_ms  # time spent on the provider, all attempts included
        self.detail = detail  # technical text for logs, never shown as the sentence
        super().__init__(self.message)

    def __repr__(self) -> str:
        return (
            f"ImageGenerationError(code={self.code!r}, attempts={self.attempts}, "
            f"retryable={self.retryable}, detail={self.detail!r})"
        )
