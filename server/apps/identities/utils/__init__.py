from .add_identity_image_version import add_identity_image_version
from .point_identity_at_version import point_identity_at_version

__all__ = ["add_identity_image_version", "point_identity_at_version"]
