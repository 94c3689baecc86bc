from .delete_sessions_of import delete_sessions_of
from .forget_admin_log_of import forget_admin_log_of

__all__ = ["delete_sessions_of", "forget_admin_log_of"]
