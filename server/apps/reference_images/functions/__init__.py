from . import admin, public

__all__ = ["admin", "public"]
