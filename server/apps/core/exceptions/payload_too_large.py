from rest_framework.exceptions import APIException


class PayloadTooLarge(APIException):
    status_code = 413
    default_detail = "This file is too large."
    default_code = "too_large"
