import pytest
from django.core.exceptions import ImproperlyConfigured

from services.image_generation import GeminiImageService, LocalPosterService, get_image_service


def test_local_provider(settings) -> None:
    settings.IMAGE_PROVIDER = "local"

    service = get_image_service()

    assert isinstance(service, LocalPosterService)
    assert (service.provider_name, service.model_name) == ("local", "local-poster-v1")


def test_gemini_provider(settings) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    settings.GEMINI_API_KEY = "a-key"
    settings.GEMINI_IMAGE_MODEL = "gemini-3-pro-image"

    service = get_image_service()

    assert isinstance(service, GeminiImageService)
    assert (service.provider_name, service.model_name) == ("gemini", "gemini-3-pro-image")


def test_unknown_provider_is_a_configuration_error(settings) -> None:
    settings.IMAGE_PROVIDER = "dall-e"

    with pytest.raises(ImproperlyConfigured):
        get_image_service()
