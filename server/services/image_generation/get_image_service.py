"""The configured image provider (settings.IMAGE_PROVIDER)."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .gemini_service import GeminiImageService
from .image_service import ImageService
from .local_service import LocalPosterService


def get_image_service() -> ImageService:
    """ "local" → LocalPosterService, "gemini" → GeminiImageService; anything else is an error."""
    provider = (settings.IMAGE_PROVIDER or "").strip().lower()
    if provider == "local":
        return LocalPosterService()
    if provider == "gemini":
        return GeminiImageService()
    raise ImproperlyConfigured(
        f"IMAGE_PROVIDER must be 'local' or 'gemini', not {settings.IMAGE_PROVIDER!r}."
    )
