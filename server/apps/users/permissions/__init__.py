from .acts_for_other_users_mixin import UUID_PATH_PATTERN, ActsForOtherUsersMixin

__all__ = ["UUID_PATH_PATTERN", "ActsForOtherUsersMixin"]
