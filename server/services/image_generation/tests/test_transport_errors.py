"""Requests that got no HTTP answer are classified the same whichever HTTP library raised."""

import httpx
import httpx2
import pytest
import requests

from services.image_generation.transport_errors import transport_error, transport_error_types


def raised_from(error: Exception, cause: BaseException) -> Exception:
    try:
        raise error from cause
    except Exception as exc:  # noqa: BLE001 - keeps the chain the raise built
        return exc


@pytest.mark.parametrize(
    "exc",
    [
        TimeoutError("timed out"),
        httpx.ReadTimeout("timed out"),
        httpx.PoolTimeout("no connection free"),
        httpx2.ReadTimeout("timed out"),
        httpx2.ConnectTimeout("timed out"),
        requests.ReadTimeout("timed out"),
        raised_from(httpx2.ReadError("read failed"), TimeoutError("timed out")),
    ],
    ids=repr,
)
def test_timeouts_are_timeout(exc: Exception) -> None:
    assert isinstance(exc, transport_error_types())

    error = transport_error(exc)

    assert error.code == "timeout"
    assert error.retryable is True
    assert error.__cause__ is exc


@pytest.mark.parametrize(
    "exc",
    [
        ConnectionRefusedError(111, "Connection refused"),
        ConnectionResetError(104, "Connection reset by peer"),
        raised_from(httpx.ConnectError("refused"), ConnectionRefusedError(111, "refused")),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx2.ReadError("Connection reset by peer"),
        httpx2.RemoteProtocolError("Server disconnected without sending a response."),
        requests.ConnectionError("Connection aborted."),
    ],
    ids=repr,
)
def test_connection_failures_are_unavailable(exc: Exception) -> None:
    assert isinstance(exc, transport_error_types())

    error = transport_error(exc)

    assert error.code == "unavailable"
    assert error.retryable is True
    assert error.message == "Could not connect to Gemini. Try again in a few minutes."


def test_errors_that_are_not_about_the_transport_are_not_caught() -> None:
    assert not isinstance(ValueError("bad json"), transport_error_types())
    assert not isinstance(httpx.DecodingError("bad gzip"), transport_error_types())
