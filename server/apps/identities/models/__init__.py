from .identity import Identity
from .identity_image_version import IdentityImageVersion

__all__ = ["Identity", "IdentityImageVersion"]
