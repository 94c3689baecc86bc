from .login_account_throttle import LoginAccountThrottle
from .login_client_throttle import LoginClientThrottle
from .login_email import login_email

LOGIN_THROTTLES = (LoginClientThrottle, LoginAccountThrottle)

__all__ = ["LOGIN_THROTTLES", "LoginAccountThrottle", "LoginClientThrottle", "login_email"]
