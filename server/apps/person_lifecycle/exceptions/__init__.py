from .person_lifecycle_error_code import PersonLifecycleErrorCode

__all__ = ["PersonLifecycleErrorCode"]
