from .identity_create_input import IdentityCreateInputSerializer
from .identity_filter import IdentityFilterSerializer
from .identity_image_input import IdentityImageInputSerializer
from .identity_image_version_output import IdentityImageVersionOutputSerializer
from .identity_output import IdentityOutputSerializer
from .identity_update_input import IdentityUpdateInputSerializer

__all__ = [
    "IdentityCreateInputSerializer",
    "IdentityFilterSerializer",
    "IdentityImageInputSerializer",
    "IdentityImageVersionOutputSerializer",
    "IdentityOutputSerializer",
    "IdentityUpdateInputSerializer",
]
