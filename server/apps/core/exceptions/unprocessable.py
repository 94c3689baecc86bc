from rest_framework.exceptions import APIException


class Unprocessable(APIException):
    status_code = 422
    default_detail = "This request cannot be carried out as sent."
    default_code = "unprocessable"
