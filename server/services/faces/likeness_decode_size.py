import math

# The smallest face a poster is searched for, as a share of its height.
SMALLEST_FACE_SHARE = 0.05
# Such a face still embeds well this many pixels tall (SFace aligns faces to 112x112).
EMBEDDED_FACE_PX = 64


def likeness_decode_size(width: int, height: int) -> tuple[int, int]:
    """The fewest pixels of a `width` x `height` poster that keep the smallest face searched
    for EMBEDDED_FACE_PX tall: a JPEG may be decoded at 1/2, 1/4 or 1/8 down to this."""
    scale = min(1.0, EMBEDDED_FACE_PX / (SMALLEST_FACE_SHARE * height))
    return math.ceil(width * scale), math.ceil(height * scale)
