"""What goes into an image provider and what comes back."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReferencePhoto:
    """A photo of the person, already normalised to JPEG (EXIF-transposed, downscaled)."""

    jpeg: bytes
    width: int
    height: int
    face_box: tuple[int, int, int, int] | None = None  # (x, y, width, height) in pixels


@dataclass(frozen=True)
class TokenUsage:
    prompt_tokens: int = 0
    output_tokens: int = 0
    thoughts_tokens: int = 0
    total_tokens: int = 0


@dataclass(frozen=True)
class GeneratedImage:
    """The image bytes exactly as the provider returned them, with their real type and size."""

    data: bytes
    mime_type: str
    width: int
    height: int
    usage: TokenUsage = field(default_factory=TokenUsage)
    model_version: str = ""
    response_id: str = ""
    attempts: int = 1
    provider_ms: int = 0
