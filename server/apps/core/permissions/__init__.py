from .acts_for_other_users_mixin import ActsForOtherUsersMixin
from .is_owner_or_staff import IsOwnerOrStaff

__all__ = ["ActsForOtherUsersMixin", "IsOwnerOrStaff"]
