"""Integrations with the world outside the project (image generation providers)."""

__all__: list[str] = []
