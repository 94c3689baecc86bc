from .is_owner_or_staff import IsOwnerOrStaff

__all__ = ["IsOwnerOrStaff"]
