from .csrf_output import CsrfOutputSerializer
from .login_input import LoginInputSerializer
from .person_id_input import PersonIdInputSerializer
from .session_output import SessionOutputSerializer
from .user_output import UserOutputSerializer

__all__ = [
    "CsrfOutputSerializer",
    "LoginInputSerializer",
    "PersonIdInputSerializer",
    "SessionOutputSerializer",
    "UserOutputSerializer",
]
