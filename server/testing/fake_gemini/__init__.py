"""A local HTTP server that answers like the Gemini API, and the client scenarios run on it."""

from .fake_gemini_server import (
    SCENARIO_HEADER,
    FakeGeminiServer,
    ReceivedImage,
    ReceivedRequest,
    SentImage,
    render_image,
    sign,
)

__all__ = [
    "SCENARIO_HEADER",
    "FakeGeminiServer",
    "ReceivedImage",
    "ReceivedRequest",
    "SentImage",
    "render_image",
    "sign",
]
