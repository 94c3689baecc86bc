from .csrf_output import CsrfOutputSerializer
from .login_input import LoginInputSerializer
from .user_output import UserOutputSerializer

__all__ = ["CsrfOutputSerializer", "LoginInputSerializer", "UserOutputSerializer"]
