"""Integrations with the world outside the project: image generation providers, and the face
models that compare the faces in photos and posters."""

__all__: list[str] = []
