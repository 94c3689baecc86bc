import functools

from google import genai
from google.genai import types

# Pinned: google-genai 2.x calls /v1beta, 3.x would call /v1 by default; the Gemini docs'
# REST samples and what this provider was checked against are v1beta.
API_VERSION = "v1beta"


@functools.lru_cache(maxsize=8)
def gemini_client(
    *, api_key: str, base_url: str, timeout_ms: int, headers: tuple[tuple[str, str], ...]
) -> genai.Client:
    """One client per configuration and process, reused by every job a worker runs.

    Building one loads the CA bundle (about 40 ms), and a reused client keeps its connection
    to Google open between jobs. The SDK's own retries stay off: one HTTP attempt per call.
    """
    return genai.Client(
        api_key=api_key,
        http_options=types.HttpOptions(
            base_url=base_url or None,
            api_version=API_VERSION,
            timeout=timeout_ms,
            headers=dict(headers) or None,
            retry_options=None,
        ),
    )
