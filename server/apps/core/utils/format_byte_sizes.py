from collections.abc import Sequence

_UNITS = (("MB", 1024 * 1024), ("KB", 1024))
_MOST_DECIMALS = 2


def _in_bytes(size: int) -> str:
    return f"{size:,} byte" + ("" if size == 1 else "s")


def format_byte_sizes(*, sizes: Sequence[int]) -> list[str]:
    """The sizes as a person reads them, in one unit, so that different sizes never read alike.

    The unit is the largest (MB, KB) the smallest size reaches. Of the readings with up to two
    decimals where every different size reads differently, the first that is exact is taken
    (a 20.5 MB limit is "20.5 MB", not "20 MB"), else the first; when there is none the sizes
    are given in bytes: a file one byte over a 20 MB limit is "20,971,521 bytes" against
    "20,971,520 bytes", not "20 MB" against "20 MB". MB and KB are 1024 * 1024 and 1024 bytes.
    """
    smallest = min(sizes)
    distinct = len(set(sizes))
    for unit, factor in _UNITS:
        if smallest < factor:
            continue
        readings = [
            (decimals, [f"{size / factor:.{decimals}f} {unit}" for size in sizes])
            for decimals in range(_MOST_DECIMALS + 1)
        ]
        apart = [(decimals, texts) for decimals, texts in readings if len(set(texts)) == distinct]
        for decimals, texts in apart:
            if all(size * 10**decimals % factor == 0 for size in sizes):
                return texts
        if apart:
            return apart[0][1]
        break
    return [_in_bytes(size) for size in sizes]
