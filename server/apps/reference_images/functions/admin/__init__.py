from .create_reference_image_for_user import create_reference_image_for_user

__all__ = ["create_reference_image_for_user"]
