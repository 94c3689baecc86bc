from .reference_image_viewset import ReferenceImageViewSet

__all__ = ["ReferenceImageViewSet"]
