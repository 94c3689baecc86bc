from rest_framework.exceptions import APIException

from .core_error_code import CoreErrorCode


class Unprocessable(APIException):
    status_code = 422
    default_detail = "This request cannot be carried out as sent."
    default_code = CoreErrorCode.UNPROCESSABLE
