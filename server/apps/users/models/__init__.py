from .user import User
from .user_manager import UserManager

__all__ = ["User", "UserManager"]
