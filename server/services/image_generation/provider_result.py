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
class TurnPart:
    """One part of the model's answer turn, kept to send the conversation back later.

    `thought_signature` holds the bytes exactly as received; an image part holds no bytes
    (the poster is stored once, as the job's image) and is rebuilt from storage.
    """

    text: str | None = None
    is_image: bool = False
    thought_signature: bytes | None = None


@dataclass(frozen=True)
class Refinement:
    """What a follow-up edit of an earlier poster sends besides the new references."""

    instruction: str
    parent_prompt: str
    parent_image: bytes
    parent_mime_type: str
    # Empty when the parent's answer turn was not kept: a single-turn edit of its poster.
    parent_turn: tuple[TurnPart, ...] = ()


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
    model_turn: tuple[TurnPart, ...] = ()
    # What an approximate edit made of its instruction ("warm orange palette, rim light"),
    # for a provider that reads it for words (the offline poster); None otherwise.
    refinement_understood: str | None = None
    # The poster holds a reference photo's own pixels (the offline poster): the likeness of
    # its face to the references is no measure of anything.
    pastes_reference_photo: bool = False
