from .default_pagination import DefaultPagination

__all__ = ["DefaultPagination"]
