from rest_framework.exceptions import APIException

from .core_error_code import CoreErrorCode


class PayloadTooLarge(APIException):
    status_code = 413
    default_detail = "This file is too large."
    default_code = CoreErrorCode.TOO_LARGE
