from django.conf import settings


def configured_provider() -> str:
    """The image provider this server is set to use (IMAGE_PROVIDER, as the providers read
    it): what a notice shown now names, and what consent to send photos must name."""
    return (settings.IMAGE_PROVIDER or "").strip().lower()
