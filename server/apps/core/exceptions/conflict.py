from rest_framework.exceptions import APIException

from .core_error_code import CoreErrorCode


class Conflict(APIException):
    status_code = 409
    default_detail = "This conflicts with the current state."
    default_code = CoreErrorCode.CONFLICT
