import io

import numpy as np
from PIL import Image, ImageCms, ImageOps

WHITE = (255, 255, 255)
_SIXTEEN_BIT_MODES = {"I", "I;16", "I;16B", "I;16L", "I;16N"}


def _to_srgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in {"RGB", "CMYK"}:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unusable profile: keep the pixels as they are
    return converted if converted is not None else image


def _flatten_on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, WHITE)
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def normalise_image(*, image: Image.Image) -> Image.Image:
    """The image upright (EXIF orientation applied), in 8-bit sRGB, with no metadata at all.

    Transparent pixels are laid on white; 16-bit greyscale is scaled, not clipped.
    """
    upright = ImageOps.exif_transpose(image) or image
    if upright.mode in _SIXTEEN_BIT_MODES:
        pixels = np.asarray(upright, dtype=np.uint32)
        upright = Image.fromarray((np.clip(pixels, 0, 65535) >> 8).astype(np.uint8))
    elif upright.mode in {"RGB", "CMYK"}:
        upright = _to_srgb(upright)
    has_alpha = upright.mode in {"RGBA", "LA", "PA", "RGBa", "La"} or (
        "transparency" in upright.info
    )
    rgb = _flatten_on_white(upright) if has_alpha else upright.convert("RGB")
    clean = Image.new("RGB", rgb.size)
    clean.paste(rgb)
    return clean
