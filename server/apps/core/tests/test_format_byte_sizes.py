import pytest

from apps.core.utils import format_byte_sizes

MB = 1024 * 1024


@pytest.mark.parametrize(
    ("sizes", "texts"),
    [
        pytest.param([25 * MB, 20 * MB], ["25 MB", "20 MB"], id="whole-megabytes"),
        pytest.param([20 * MB + MB // 10, 20 * MB], ["20.1 MB", "20.0 MB"], id="one-decimal"),
        pytest.param([20 * MB + MB // 100, 20 * MB], ["20.01 MB", "20.00 MB"], id="two-decimals"),
        pytest.param(
            [20 * MB + 1, 20 * MB], ["20,971,521 bytes", "20,971,520 bytes"], id="one-byte-over"
        ),
        pytest.param([20 * MB + MB // 2], ["20.5 MB"], id="exact-when-it-can-be"),
        pytest.param([20 * MB], ["20 MB"], id="a-round-limit"),
        pytest.param([30_000, 10_000], ["29 KB", "10 KB"], id="kilobytes"),
        pytest.param([10_001, 10_000], ["10,001 bytes", "10,000 bytes"], id="kilobytes-apart"),
        pytest.param([900, 1], ["900 bytes", "1 byte"], id="bytes"),
    ],
)
def test_different_sizes_never_read_alike(sizes: list[int], texts: list[str]) -> None:
    assert format_byte_sizes(sizes=sizes) == texts
