"""Failures below HTTP (timeouts, refused or reset connections), whichever HTTP library is used.

`google.genai.errors` only describes answers that arrived: `APIError` (`ClientError` for 4xx,
`ServerError` for 5xx), in google-genai 2.x and 3.x alike. A request that got no answer raises
the exception of the SDK's HTTP library unchanged, and that library differs between releases
and set-ups: httpx in google-genai 2.x, httpx2 in 3.x, aiohttp for the async client when it is
installed, requests for credential refreshes. So a transport failure is recognised as the
standard library's `OSError` (`ConnectionError`, `TimeoutError`; requests'
and aiohttp's connection errors are `OSError`s), or else as the transport base class of an HTTP
library this process has loaded, looked up by name without importing any of them (httpx's
errors are not `OSError`s). It is a timeout when a `TimeoutError` or a library's timeout class
is anywhere in the exception chain.
"""

import sys

from .image_generation_error import ImageGenerationError

# (module, its base class of failures without an HTTP answer, its timeout classes)
_LIBRARIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("httpx", "TransportError", ("TimeoutException",)),
    ("httpx2", "TransportError", ("TimeoutException",)),
    ("aiohttp", "ClientConnectionError", ("ServerTimeoutError", "ConnectionTimeoutError")),
    ("requests", "RequestException", ("Timeout",)),
)
_MAX_CHAIN = 20


def transport_error_types() -> tuple[type[BaseException], ...]:
    """`OSError` and the transport error classes of the HTTP libraries loaded in this process.

    Meant for an `except` clause around an SDK call: the SDK has imported its HTTP library by
    then, so its classes are in `sys.modules`.
    """
    found: list[type[BaseException]] = [OSError]
    for module_name, base_name, timeout_names in _LIBRARIES:
        found += _classes(module_name, (base_name, *timeout_names))
    return tuple(found)


def transport_error(exc: BaseException) -> ImageGenerationError:
    """The ImageGenerationError for a request that got no HTTP answer."""
    if _is_timeout(exc):
        error = ImageGenerationError(ImageGenerationError.TIMEOUT, detail=repr(exc)[:500])
    else:
        error = ImageGenerationError(
            ImageGenerationError.UNAVAILABLE,
            "Could not connect to Gemini. Try again in a few minutes.",
            detail=repr(exc)[:500],
        )
    error.__cause__ = exc
    return error


def _is_timeout(exc: BaseException) -> bool:
    timeouts: tuple[type[BaseException], ...] = (TimeoutError,)  # socket, asyncio, aiohttp
    for module_name, _, timeout_names in _LIBRARIES:
        timeouts += _classes(module_name, timeout_names)
    return any(isinstance(link, timeouts) for link in _chain(exc))


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or while handling, oldest last."""
    links: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in links and len(links) < _MAX_CHAIN:
        links.append(current)
        current = current.__cause__ or current.__context__
    return links


def _classes(module_name: str, names: tuple[str, ...]) -> tuple[type[BaseException], ...]:
    module = sys.modules.get(module_name)
    if module is None:
        return ()
    found = (getattr(module, name, None) for name in names)
    return tuple(c for c in found if isinstance(c, type) and issubclass(c, BaseException))
