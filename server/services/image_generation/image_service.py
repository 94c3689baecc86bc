"""What every image provider offers; the job code depends on this, not on a provider."""

from collections.abc import Callable
from typing import Protocol

from .provider_result import GeneratedImage, ReferencePhoto, Refinement


class ImageService(Protocol):
    provider_name: str
    model_name: str
    # Whether the photos leave this system (then the person must consent to it).
    sends_photos_away: bool
    # What the provider is asked about keeping the request: False for "do not log it"
    # (Gemini's `store: false`); None when nothing is sent anywhere.
    provider_store: bool | None
    # Whether the additional prompt reaches the image (the offline poster draws no prompt).
    uses_additional_prompt: bool

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
        """One image, or ImageGenerationError; with `refinement`, an edit of an earlier one.

        `variation` (the job's seed) lets a provider draw another image for the same input;
        the same input and the same variation may give the same image. `may_send` is asked
        right before each attempt (the first and every retry); when it answers False the
        provider stops with SendingWithheld, sending nothing more.
        """
        ...
