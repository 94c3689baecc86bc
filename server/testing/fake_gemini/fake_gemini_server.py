"""A local HTTP server that answers like the Gemini API's generateContent, for tests.

It speaks the wire format the google-genai SDK uses (both /v1beta and /v1, camelCase and
snake_case, both base64 alphabets), checks what the real API checks, records every request
(`generate_calls` counts the generateContent calls) and can play every failure mode listed in
gemini-api.md §6, plus connections dropped without an answer (`disconnect` closes it, `reset`
resets it). Stricter than the real API in one way: a generateContent request that does not
say `store: false` is refused with a 400, so a request that would be logged at Google fails
its test. Pick a scenario per request with
the `X-Fake-Scenario` header, or on the server (`scenario`, or `queue_scenarios(...)`).

    with FakeGeminiServer() as server:
        ...  # point GEMINI_BASE_URL at server.base_url, use server.api_key
        assert server.requests[0].images[0].mime_type == "image/jpeg"
"""

import base64
import binascii
import contextlib
import hashlib
import hmac
import io
import json
import math
import re
import socket
import struct
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np
from PIL import Image, ImageOps

from services.image_generation.image_sizes import (
    ALLOWED_ASPECT_RATIOS,
    ALLOWED_RESOLUTIONS,
    PIXEL_SIZES,
)

SCENARIO_HEADER = "X-Fake-Scenario"
DEFAULT_MODEL = "gemini-3-pro-image"
RETIRED_MODELS = frozenset({"gemini-3-pro-image-preview"})
ALLOWED_INPUT_MIME_TYPES = ("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif")
MAX_IMAGES = 14
INPUT_IMAGE_TOKENS = 560
THOUGHTS_TOKENS = 212
# Thought signatures are an HMAC of the part they sign, so a model turn sent back is checked
# with no state: a signature dropped, re-encoded or moved to other bytes fails, as on the API.
_SIGNING_KEY = b"fake-gemini-thought-signatures"
IMAGE_OTHER_MESSAGE = (
    "Unable to show the generated image. The model could not generate the image based on "
    "the prompt provided. You will not be charged for this request. Try rephrasing the prompt."
)
SCENARIOS = (
    "ok",
    "ok_jpeg",
    "ok_mislabelled",
    "ok_thought_only_image",
    "ok_wrong_size",
    "text_only",
    "no_image",
    "image_safety",
    "image_prohibited",
    "image_other",
    "prompt_blocked",
    "prompt_blocked_image_safety",
    "empty",
    "unknown_finish_reason",
    "http_400",
    "http_403",
    "http_404",
    "http_413",
    "http_429",
    "http_500",
    "http_502",
    "http_503",
    "http_504",
    "slow:<seconds>",
    "flaky:<n>",
    "malformed_json",
    "bad_base64",
    "disconnect",
    "reset",
)

_PATH_RE = re.compile(r"^/(?P<version>v1beta|v1)/models/(?P<model>[^/:]+)(?::(?P<method>\w+))?$")


@dataclass(frozen=True)
class ReceivedImage:
    mime_type: str
    data: bytes
    width: int | None
    height: int | None
    image_format: str | None  # what Pillow says the bytes are ("JPEG", "PNG", …)


@dataclass
class ReceivedRequest:
    method: str
    path: str
    api_version: str
    model: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body_bytes: int
    body: dict[str, Any] | None
    scenario: str
    prompt: str = ""
    images: list[ReceivedImage] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # of each content, in order
    image_config: dict[str, Any] = field(default_factory=dict)
    generation_config: dict[str, Any] = field(default_factory=dict)
    store: object = None  # the body's top-level `store`, as sent (None when absent)
    status: int = 0  # 0 when the connection was dropped without an answer
    response_id: str = ""  # the responseId of a 200 answer

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class SentImage:
    """An image the server put in a response, for byte-for-byte comparisons."""

    mime_type: str
    data: bytes
    thought: bool


class FakeGeminiServer:
    """A threaded HTTP server on 127.0.0.1 (a free port) that imitates generateContent."""

    def __init__(
        self,
        *,
        api_key: str = "test-gemini-key",
        models: tuple[str, ...] = (DEFAULT_MODEL,),
        scenario: str = "ok",
        latency_s: float = 0.0,
        retry_delay: str = "0.05s",
        path_prefix: str = "",
    ) -> None:
        self.api_key = api_key
        self.models = set(models)
        self.scenario = scenario
        self.latency_s = latency_s
        self.retry_delay = retry_delay
        self.path_prefix = path_prefix.rstrip("/")
        # What successful answers show instead of the colours drawn from the prompt, fitted
        # to the requested size: a face, or none, for the likeness of a poster.
        self.answer_picture: Image.Image | None = None
        self.requests: list[ReceivedRequest] = []
        self.sent_images: list[SentImage] = []
        # Requests of this test being answered at once, now and at most since the last reset.
        self.in_flight = 0
        self.max_in_flight = 0
        # Bumped by reset: a slow answer of an earlier test, still waiting, records nothing.
        self._epoch = 0
        self._queue: deque[str] = deque()
        self._flaky_counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> "FakeGeminiServer":
        if self._httpd is not None:
            return self
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="fake-gemini", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._stopping.set()  # wakes slow handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> "FakeGeminiServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("The fake Gemini server is not running.")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path_prefix}"

    @property
    def generate_calls(self) -> int:
        """generateContent calls received since the last reset, answered or refused."""
        with self._lock:
            return sum(
                1
                for request in self.requests
                if request.method == "POST" and request.path.endswith(":generateContent")
            )

    # -- scenario control ------------------------------------------------------------------

    def queue_scenarios(self, *scenarios: str) -> None:
        """Use these scenarios, in order, for the next requests that carry no scenario header."""
        with self._lock:
            self._queue.extend(scenarios)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.sent_images.clear()
            self._queue.clear()
            self._flaky_counts.clear()
            self.in_flight = self.max_in_flight = 0
            self._epoch += 1
        self.scenario = "ok"
        self.answer_picture = None

    def _pick_scenario(self, header_value: str | None) -> str:
        with self._lock:
            if header_value:
                return header_value.strip()
            if self._queue:
                return self._queue.popleft()
            return self.scenario

    def _flaky_should_fail(self, scenario: str, failures: int) -> bool:
        with self._lock:
            seen = self._flaky_counts.get(scenario, 0)
            self._flaky_counts[scenario] = seen + 1
            return seen < failures

    def _record(self, request: ReceivedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _record_sent(self, images: list[SentImage], epoch: int) -> None:
        with self._lock:
            if epoch == self._epoch:
                self.sent_images.extend(images)

    @contextlib.contextmanager
    def _answering(self) -> Iterator[int]:
        """Count the request as in flight while it is answered (overlap between callers);
        yields the epoch it belongs to."""
        with self._lock:
            epoch = self._epoch
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            yield epoch
        finally:
            with self._lock:
                if epoch == self._epoch:
                    self.in_flight -= 1

    def wait(self, seconds: float) -> None:
        """Sleep that ends early when the server stops."""
        self._stopping.wait(seconds)


# -- request handling ----------------------------------------------------------------------


class _Reply(Exception):  # noqa: N818 - control flow, not an error
    def __init__(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.content_type = content_type


def _json_reply(status: int, payload: dict[str, Any]) -> _Reply:
    return _Reply(status, json.dumps(payload).encode())


def _error(
    status: int, grpc_status: str, message: str, details: list[dict[str, Any]] | None = None
) -> _Reply:
    error: dict[str, Any] = {"code": status, "message": message, "status": grpc_status}
    if details:
        error["details"] = details
    return _json_reply(status, {"error": error})


class _Drop(Exception):  # noqa: N818 - control flow, not an error
    """Close the connection without an answer: a clean close, or a TCP reset."""

    def __init__(self, *, reset: bool) -> None:
        super().__init__("reset" if reset else "disconnect")
        self.reset = reset


class _Handler(BaseHTTPRequestHandler):
    fake: FakeGeminiServer
    epoch = 0  # of the request being answered
    server_version = "FakeGemini/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        try:
            self._dispatch(method)
        except _Reply as reply:
            self._send(reply)
        except _Drop as drop:
            self.close_connection = True
            if drop.reset:  # close with RST: the client reads ECONNRESET
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            self.connection.close()

    def _send(self, reply: _Reply) -> None:
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def _dispatch(self, method: str) -> None:
        fake = self.fake
        url = urlsplit(self.path)
        path = url.path
        if fake.path_prefix and path.startswith(fake.path_prefix):
            path = path[len(fake.path_prefix) :]
        query = parse_qs(url.query)
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        match = _PATH_RE.match(path)
        scenario = fake._pick_scenario(self.headers.get(SCENARIO_HEADER))
        request = ReceivedRequest(
            method=method,
            path=url.path,
            api_version=match["version"] if match else "",
            model=match["model"] if match else "",
            query=query,
            headers=headers,
            body_bytes=len(raw),
            body=None,
            scenario=scenario,
        )
        fake._record(request)
        with fake._answering() as self.epoch:
            if fake.latency_s:
                fake.wait(fake.latency_s)
            try:
                self._answer(method, match, request, raw)
            except _Reply as reply:
                request.status = reply.status
                raise

    def _answer(
        self, method: str, match: re.Match[str] | None, request: ReceivedRequest, raw: bytes
    ) -> None:
        fake = self.fake
        if match is None:
            raise _error(404, "NOT_FOUND", f"Method not found: {request.path}")
        key = request.header("x-goog-api-key") or next(iter(request.query.get("key", [])), None)
        if key != fake.api_key:
            raise _error(
                400,
                "INVALID_ARGUMENT",
                "API key not valid. Please pass a valid API key.",
                [
                    {
                        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                        "reason": "API_KEY_INVALID",
                        "domain": "googleapis.com",
                        "metadata": {"service": "generativelanguage.googleapis.com"},
                    }
                ],
            )
        model = request.model
        if model in RETIRED_MODELS or model not in fake.models:
            raise _error(
                404,
                "NOT_FOUND",
                f"models/{model} is not found for API version {request.api_version}, or is "
                "not supported for generateContent. Call ListModels to see the list of "
                "available models and their supported methods.",
            )
        if method == "GET" and match["method"] is None:
            raise _json_reply(
                200,
                {
                    "name": f"models/{model}",
                    "displayName": "Fake Gemini 3 Pro Image",
                    "supportedGenerationMethods": ["generateContent"],
                },
            )
        if method != "POST" or match["method"] != "generateContent":
            raise _error(404, "NOT_FOUND", f"Method not found: {request.path}")
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError as exc:
            raise _error(400, "INVALID_ARGUMENT", f"Invalid JSON payload received. {exc}") from None
        request.body = body
        self._parse_request(body, request)
        request.store = body.get("store")
        if request.store is not False:
            raise _error(
                400,
                "INVALID_ARGUMENT",
                "* GenerateContentRequest.store: this server answers only requests sent with "
                "store: false, so that Google keeps no log of them.",
            )
        self._play(request)

    def _parse_request(self, body: dict[str, Any], request: ReceivedRequest) -> None:
        texts: list[str] = []
        for content_index, content in enumerate(body.get("contents") or []):
            request.roles.append(content.get("role") or "user")
            if content.get("role") == "model":
                _check_signatures(content_index, content.get("parts") or [])
            for part_index, part in enumerate(content.get("parts") or []):
                if "text" in part:
                    texts.append(part["text"])
                blob = part.get("inlineData") or part.get("inline_data")
                if blob is None:
                    continue
                mime_type = blob.get("mimeType") or blob.get("mime_type") or ""
                if mime_type not in ALLOWED_INPUT_MIME_TYPES:
                    raise _error(
                        400,
                        "INVALID_ARGUMENT",
                        f"* GenerateContentRequest.contents[{content_index}].parts[{part_index}]"
                        ".inline_data.mime_type: MIME type must be image/png, image/jpeg, "
                        "image/webp, image/heic, or image/heif.",
                    )
                data = _b64decode(blob.get("data") or "")
                if data is None:
                    raise _error(
                        400,
                        "INVALID_ARGUMENT",
                        f"Invalid value at 'contents[{content_index}].parts[{part_index}]"
                        ".inline_data.data' (TYPE_BYTES), Base64 decoding failed.",
                    )
                request.images.append(_describe_image(mime_type, data))
        request.prompt = "\n".join(texts)
        generation_config = body.get("generationConfig") or body.get("generation_config") or {}
        request.generation_config = generation_config
        image_config = (
            generation_config.get("imageConfig") or generation_config.get("image_config") or {}
        )
        request.image_config = image_config
        if len(request.images) > MAX_IMAGES:
            raise _error(
                400,
                "INVALID_ARGUMENT",
                f"* GenerateContentRequest.contents: too many images ({len(request.images)}); "
                f"at most {MAX_IMAGES} images are supported per request.",
            )
        aspect_ratio = image_config.get("aspectRatio", image_config.get("aspect_ratio"))
        if aspect_ratio is not None and aspect_ratio not in ALLOWED_ASPECT_RATIOS:
            choices = ", ".join(f"'{r}'" for r in ALLOWED_ASPECT_RATIOS[:-1])
            raise _error(
                400,
                "INVALID_ARGUMENT",
                "* GenerateContentRequest.generation_config.image_config.aspect_ratio: "
                f"aspect_ratio must be one of {choices} or '{ALLOWED_ASPECT_RATIOS[-1]}'.",
            )
        image_size = image_config.get("imageSize", image_config.get("image_size"))
        if image_size is not None and image_size not in ALLOWED_RESOLUTIONS:
            raise _error(
                400,
                "INVALID_ARGUMENT",
                "* GenerateContentRequest.generation_config.image_config.image_size: "
                "image_size must be one of '1K', '2K' or '4K' (uppercase K).",
            )

    # -- scenarios -------------------------------------------------------------------------

    def _play(self, request: ReceivedRequest) -> None:
        fake = self.fake
        scenario = request.scenario
        name, _, argument = scenario.partition(":")
        if name == "slow":
            fake.wait(float(argument or 5))
            scenario = "ok"
        elif name == "flaky":
            if fake._flaky_should_fail(scenario, int(argument or 1)):
                raise _http_error(503, fake.retry_delay)
            scenario = "ok"
        elif name.startswith("http_"):
            raise _http_error(int(name[5:]), fake.retry_delay)
        elif scenario == "malformed_json":
            raise _Reply(200, b'{"candidates": [{"content": ')
        elif scenario in {"disconnect", "reset"}:
            raise _Drop(reset=scenario == "reset")
        raise _json_reply(200, self._success_body(request, scenario))

    def _success_body(self, request: ReceivedRequest, scenario: str) -> dict[str, Any]:
        aspect_ratio, resolution = _output_format(request)
        width, height = PIXEL_SIZES[aspect_ratio][resolution]
        image_tokens = 2000 if resolution == "4K" else 1120
        prompt_tokens = _text_tokens(request.prompt) + INPUT_IMAGE_TOKENS * len(request.images)
        response_id = hashlib.sha256(
            f"{len(self.fake.requests)}:{request.prompt}".encode()
        ).hexdigest()[:24]
        request.response_id = response_id
        body: dict[str, Any] = {"modelVersion": request.model, "responseId": response_id}

        def usage(text_out: int, images_out: int) -> dict[str, Any]:
            out = text_out + images_out * image_tokens
            details: list[dict[str, Any]] = []
            if text_out:
                details.append({"modality": "TEXT", "tokenCount": text_out})
            if images_out:
                details.append({"modality": "IMAGE", "tokenCount": images_out * image_tokens})
            prompt_details = [{"modality": "TEXT", "tokenCount": _text_tokens(request.prompt)}]
            if request.images:
                prompt_details.append(
                    {"modality": "IMAGE", "tokenCount": INPUT_IMAGE_TOKENS * len(request.images)}
                )
            meta: dict[str, Any] = {
                "promptTokenCount": prompt_tokens,
                "candidatesTokenCount": out,
                "thoughtsTokenCount": THOUGHTS_TOKENS,
                "totalTokenCount": prompt_tokens + out + THOUGHTS_TOKENS,
                "promptTokensDetails": prompt_details,
            }
            if details:
                meta["candidatesTokensDetails"] = details
            return meta

        if scenario == "empty":
            return {}
        if scenario in {"prompt_blocked", "prompt_blocked_image_safety"}:
            reason = "IMAGE_SAFETY" if scenario.endswith("image_safety") else "PROHIBITED_CONTENT"
            body["promptFeedback"] = {"blockReason": reason}
            body["usageMetadata"] = usage(0, 0) | {"thoughtsTokenCount": 0}
            body["usageMetadata"]["totalTokenCount"] = prompt_tokens
            return body
        refusals = {
            "image_safety": "IMAGE_SAFETY",
            "image_prohibited": "IMAGE_PROHIBITED_CONTENT",
            "image_other": "IMAGE_OTHER",
        }
        if scenario in refusals:
            body["candidates"] = [
                {
                    "content": {},
                    "finishReason": refusals[scenario],
                    "finishMessage": IMAGE_OTHER_MESSAGE,
                    "index": 0,
                }
            ]
            body["usageMetadata"] = usage(0, 0)
            return body
        if scenario in {"text_only", "no_image", "unknown_finish_reason"}:
            reason = {
                "text_only": "STOP",
                "no_image": "NO_IMAGE",
                "unknown_finish_reason": "SOMETHING_NEW",
            }[scenario]
            text = "I can describe the poster, but here is only text: a bold portrait."
            body["candidates"] = [
                {
                    "content": {
                        "role": "model",
                        "parts": [{"text": text, "thoughtSignature": sign(text.encode())}],
                    },
                    "finishReason": reason,
                    "index": 0,
                }
            ]
            body["usageMetadata"] = usage(_text_tokens(text), 0)
            return body

        if scenario in {"ok", "ok_thought_only_image", "bad_base64"}:
            image_format, label = "PNG", "image/png"
        elif scenario == "ok_jpeg":
            image_format, label = "JPEG", "image/jpeg"
        elif scenario == "ok_mislabelled":
            image_format, label = "JPEG", "image/png"
        elif scenario == "ok_wrong_size":
            image_format, label = "PNG", "image/png"
            width, height = 1024, 1024
        else:
            raise _error(400, "INVALID_ARGUMENT", f"Unknown fake scenario {scenario!r}.")
        if self.fake.answer_picture is None:
            data = render_image(request.prompt, width, height, image_format)
        else:
            data = _fitted_picture(self.fake.answer_picture, width, height, image_format)
        encoded = base64.b64encode(data).decode()
        if scenario == "bad_base64":
            encoded = "@@not*base64@@" + encoded[:16]
        parts: list[dict[str, Any]] = []
        sent: list[SentImage] = []
        thinking = (
            request.generation_config.get("thinkingConfig")
            or request.generation_config.get("thinking_config")
            or {}
        )
        if thinking.get("includeThoughts") or thinking.get("include_thoughts"):
            draft = render_image("draft:" + request.prompt, width, height, "PNG")
            parts.append({"text": "Composing a poster around the face.", "thought": True})
            parts.append(
                {
                    "inlineData": {
                        "mimeType": "image/png",
                        "data": base64.b64encode(draft).decode(),
                    },
                    "thought": True,
                }
            )
            sent.append(SentImage("image/png", draft, thought=True))
        text = "Here is your poster."
        parts.append({"text": text, "thoughtSignature": sign(text.encode())})
        if scenario == "ok_thought_only_image":
            parts.append({"inlineData": {"mimeType": label, "data": encoded}, "thought": True})
            sent.append(SentImage(label, data, thought=True))
        else:
            parts.append(
                {"inlineData": {"mimeType": label, "data": encoded}, "thoughtSignature": sign(data)}
            )
            sent.append(SentImage(label, data, thought=False))
        self.fake._record_sent(sent, self.epoch)
        body["candidates"] = [
            {
                "content": {"role": "model", "parts": parts},
                "finishReason": "STOP",
                "index": 0,
            }
        ]
        body["usageMetadata"] = usage(_text_tokens(text), 1)
        return body


def _http_error(status: int, retry_delay: str) -> _Reply:
    if status == 400:
        return _error(
            400,
            "INVALID_ARGUMENT",
            "Request contains an invalid argument.",
        )
    if status == 403:
        return _error(
            403,
            "PERMISSION_DENIED",
            "Method doesn't allow unregistered callers (callers without established identity)."
            " Please use API Key or other form of API consumer identity to call this API.",
        )
    if status == 404:
        return _error(
            404,
            "NOT_FOUND",
            "models/gemini-3-pro-image-preview is not found for API version v1beta, or is not "
            "supported for generateContent. Call ListModels to see the list of available "
            "models and their supported methods.",
        )
    if status == 413:
        return _error(413, "INVALID_ARGUMENT", "Request payload size exceeds the limit.")
    if status == 429:
        return _error(
            429,
            "RESOURCE_EXHAUSTED",
            "You exceeded your current quota, please check your plan and billing details. "
            f"Please retry in {retry_delay}.",
            [
                {
                    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [
                        {
                            "quotaMetric": "generativelanguage.googleapis.com/"
                            "generate_content_paid_tier_input_token_count",
                            "quotaId": "GenerateContentPaidTierInputTokensPerModelPerMinute",
                            "quotaDimensions": {
                                "model": DEFAULT_MODEL,
                                "location": "global",
                            },
                        }
                    ],
                },
                {
                    "@type": "type.googleapis.com/google.rpc.Help",
                    "links": [
                        {
                            "description": "Learn more about Gemini API quotas",
                            "url": "https://ai.google.dev/gemini-api/docs/rate-limits",
                        }
                    ],
                },
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay},
            ],
        )
    if status == 500:
        return _error(
            500,
            "INTERNAL",
            "An internal error has occurred. Please retry or report in "
            "https://developers.generativeai.google/guide/troubleshooting",
        )
    if status == 502:
        html = (
            b"<html><head><title>502 Bad Gateway</title></head>"
            b"<body><h1>502 Bad Gateway</h1></body></html>"
        )
        return _Reply(502, html, "text/html")
    if status == 503:
        return _error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")
    if status == 504:
        return _error(504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete.")
    return _error(status, "UNKNOWN", f"Fake error {status}.")


# -- helpers -------------------------------------------------------------------------------


def sign(signed: bytes) -> str:
    """The thought signature (base64, as on the wire) of a part with these text or image bytes."""
    return base64.b64encode(hmac.digest(_SIGNING_KEY, signed, "sha256")).decode()


def _check_signatures(content_index: int, parts: list[dict[str, Any]]) -> None:
    """Refuse a model turn whose text and image parts lost or changed their signatures."""
    for part_index, part in enumerate(parts):
        if part.get("thought"):
            continue
        blob = part.get("inlineData") or part.get("inline_data")
        if blob is not None:
            kind, signed = "Image", _b64decode(blob.get("data") or "") or b""
        elif "text" in part:
            kind, signed = "Text", str(part["text"]).encode()
        else:
            continue
        received = part.get("thoughtSignature") or part.get("thought_signature")
        position = f"in content position {content_index + 1}, part position {part_index + 1}"
        if not received:
            raise _error(
                400, "INVALID_ARGUMENT", f"{kind} part is missing a thought_signature {position}."
            )
        expected = base64.b64decode(sign(signed))
        if _b64decode(received) != expected:
            raise _error(
                400,
                "INVALID_ARGUMENT",
                f"Unable to submit request because Thought signature is not valid {position}.",
            )


def _b64decode(text: str) -> bytes | None:
    cleaned = text.replace("-", "+").replace("_", "/").strip()
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError):
        return None


def _describe_image(mime_type: str, data: bytes) -> ReceivedImage:
    try:
        with Image.open(io.BytesIO(data)) as image:
            return ReceivedImage(mime_type, data, image.width, image.height, image.format)
    except (OSError, ValueError):
        return ReceivedImage(mime_type, data, None, None, None)


def _text_tokens(text: str) -> int:
    return math.ceil(len(text) / 4) if text else 0


def _output_format(request: ReceivedRequest) -> tuple[str, str]:
    config = request.image_config
    resolution = config.get("imageSize", config.get("image_size")) or "1K"
    aspect_ratio = config.get("aspectRatio", config.get("aspect_ratio"))
    if not aspect_ratio:
        aspect_ratio = "1:1"
        first = next((i for i in request.images if i.width and i.height), None)
        if first is not None and first.width and first.height:
            ratio = first.width / first.height
            aspect_ratio = min(
                ALLOWED_ASPECT_RATIOS,
                key=lambda r: abs(math.log(_ratio_value(r) / ratio)),
            )
    return aspect_ratio, resolution


def _ratio_value(aspect_ratio: str) -> float:
    w, h = aspect_ratio.split(":")
    return int(w) / int(h)


_RENDER_CACHE_SIZE = 32
_render_lock = threading.Lock()
_render_cache: dict[tuple[str, int, int, str], bytes] = {}


def _fitted_picture(picture: Image.Image, width: int, height: int, image_format: str) -> bytes:
    fitted = ImageOps.pad(picture.convert("RGB"), (width, height), color=(24, 24, 32))
    buffer = io.BytesIO()
    fitted.save(buffer, format=image_format)
    return buffer.getvalue()


def render_image(prompt: str, width: int, height: int, image_format: str = "PNG") -> bytes:
    """A deterministic image of exactly width x height, drawn from a hash of the prompt.

    A 4x4 grid of colours from the hash, smoothly resized: fast at any size and compresses
    well. Results are cached, so repeated tests pay once.
    """
    key = (prompt, width, height, image_format)
    with _render_lock:
        cached = _render_cache.get(key)
    if cached is not None:
        return cached
    digest = hashlib.sha256(prompt.encode()).digest()
    colours = np.frombuffer((digest * 2)[:48], dtype=np.uint8).reshape(4, 4, 3)
    image = Image.fromarray(colours, "RGB").resize((width, height), Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    if image_format == "JPEG":
        image.save(buffer, format="JPEG", quality=85)
    else:
        image.save(buffer, format="PNG", compress_level=1)
    data = buffer.getvalue()
    with _render_lock:
        if len(_render_cache) >= _RENDER_CACHE_SIZE:
            _render_cache.pop(next(iter(_render_cache)))  # drop the oldest
        _render_cache[key] = data
    return data
