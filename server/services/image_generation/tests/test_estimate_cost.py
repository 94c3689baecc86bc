from decimal import Decimal

from services.image_generation import TokenUsage, estimate_cost_usd, estimate_request_cost_usd

USAGE = TokenUsage(prompt_tokens=2900, output_tokens=1140, thoughts_tokens=250, total_tokens=4290)


def test_cost_from_real_usage_at_2k() -> None:
    # 2900 x $2/M + 1120 image tokens x $120/M + (1140 + 250 - 1120) x $12/M
    cost = estimate_cost_usd(model="gemini-3-pro-image", usage=USAGE, resolution="2K", images_out=1)

    assert cost == Decimal("0.143440")


def test_cost_at_4k_counts_2000_image_tokens() -> None:
    usage = TokenUsage(prompt_tokens=2900, output_tokens=2020, thoughts_tokens=250)

    cost = estimate_cost_usd(model="gemini-3-pro-image", usage=usage, resolution="4K", images_out=1)

    assert cost == Decimal("0.0058") + Decimal("0.24") + Decimal("0.00324")


def test_a_failed_call_without_an_image_costs_its_input_and_thinking() -> None:
    usage = TokenUsage(prompt_tokens=2900, output_tokens=0, thoughts_tokens=212)

    cost = estimate_cost_usd(model="gemini-3-pro-image", usage=usage, resolution="2K", images_out=0)

    assert cost == Decimal("0.008344")


def test_the_local_poster_costs_nothing() -> None:
    cost = estimate_cost_usd(model="local-poster-v1", usage=USAGE, resolution="2K", images_out=1)

    assert cost == Decimal(0)


def test_request_estimate_for_five_photos() -> None:
    # 400 chars = 100 tokens + 5 x 560; one 2K image; 250 thinking tokens.
    assert estimate_request_cost_usd("gemini-3-pro-image", "2K", 5, 400) == Decimal("0.143200")
    assert estimate_request_cost_usd("gemini-3-pro-image", "4K", 5, 400) == Decimal("0.248800")
    assert estimate_request_cost_usd("local-poster-v1", "4K", 5, 400) == Decimal(0)
