from .identity import Identity

__all__ = ["Identity"]
