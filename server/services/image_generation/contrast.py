"""WCAG 2 relative luminance and contrast ratio of sRGB colours."""

Colour = tuple[int, int, int]

# WCAG AA for normal text; the poster's title is large, its tagline and caption are not.
AA_CONTRAST = 4.5


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: Colour) -> float:
    """0 for black, 1 for white, as WCAG 2 defines it."""
    red, green, blue = colour[:3]
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(first: Colour, second: Colour) -> float:
    """From 1 (the same luminance) to 21 (black on white), whichever is lighter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
