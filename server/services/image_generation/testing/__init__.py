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
