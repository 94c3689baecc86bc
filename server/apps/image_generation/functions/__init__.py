from . import admin

__all__ = ["admin"]
