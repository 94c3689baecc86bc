"""Cost in USD of a generation, from settings.IMAGE_PRICING (local posters cost nothing)."""

import math
from decimal import Decimal
from typing import Any

from django.conf import settings

from .provider_result import TokenUsage

MILLION = Decimal(1_000_000)
CENT_FRACTION = Decimal("0.000001")
# Thinking cannot be turned off for Gemini 3 Pro Image; a typical poster thinks about this much.
ESTIMATED_THOUGHT_TOKENS = 250
CHARS_PER_TOKEN = 4


def estimate_cost_usd(
    *, model: str, usage: TokenUsage, resolution: str, images_out: int
) -> Decimal:
    """What a finished (or failed) call cost, from the usage the provider reported.

    Prompt tokens at the input price; `images_out` images at the image-token price; every
    other output or thinking token at the text price. Unknown models (the local poster) cost 0.
    """
    prices = _prices(model)
    if prices is None:
        return Decimal(0)
    image_tokens = images_out * int(prices["image_tokens"][resolution])
    text_tokens = max(0, usage.output_tokens + usage.thoughts_tokens - image_tokens)
    cost = (
        usage.prompt_tokens * _price(prices, "input_per_million")
        + image_tokens * _price(prices, "output_image_per_million")
        + text_tokens * _price(prices, "output_text_per_million")
    ) / MILLION
    return cost.quantize(CENT_FRACTION)


def estimate_request_cost_usd(
    model: str, resolution: str, reference_count: int, prompt_chars: int
) -> Decimal:
    """An estimate before sending: prompt text and photos in, one image and some thinking out."""
    prices = _prices(model)
    if prices is None:
        return Decimal(0)
    prompt_tokens = math.ceil(prompt_chars / CHARS_PER_TOKEN) + reference_count * int(
        prices["input_image_tokens"]
    )
    image_tokens = int(prices["image_tokens"][resolution])
    usage = TokenUsage(
        prompt_tokens=prompt_tokens,
        output_tokens=image_tokens,
        thoughts_tokens=ESTIMATED_THOUGHT_TOKENS,
        total_tokens=prompt_tokens + image_tokens + ESTIMATED_THOUGHT_TOKENS,
    )
    return estimate_cost_usd(model=model, usage=usage, resolution=resolution, images_out=1)


def _prices(model: str) -> dict[str, Any] | None:
    prices = settings.IMAGE_PRICING.get(model)
    return prices if isinstance(prices, dict) else None


def _price(prices: dict[str, Any], name: str) -> Decimal:
    return Decimal(str(prices[name]))
