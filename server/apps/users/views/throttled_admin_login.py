from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.views import APIView

from apps.core.exceptions import throttled_sentence
from apps.users.throttles import LOGIN_THROTTLES


def throttled_admin_login(request: HttpRequest) -> HttpResponse:
    """The Django admin's sign-in, under the same limits as the API's."""
    if request.method == "POST":
        attempt = Request(request, parsers=[FormParser(), MultiPartParser()])
        for throttle_class in LOGIN_THROTTLES:
            throttle = throttle_class()
            if not throttle.allow_request(attempt, APIView()):
                return HttpResponse(
                    throttled_sentence(throttle.wait()),
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
    return admin.site.login(request)
