from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.middleware.common import CommonMiddleware
from django.utils.http import escape_leading_slashes

from apps.core.exceptions import CoreErrorCode, error_response
from apps.core.utils import is_api_path

# Methods a client repeats as they are when redirected; for any other a 301 turns into a GET
# and drops the body (and in DEBUG Django raises RuntimeError instead of redirecting).
_SAFE_TO_REDIRECT = {"GET", "HEAD", "OPTIONS"}


class ApiCommonMiddleware(CommonMiddleware):
    """Django's CommonMiddleware, except for a write under /api/ to a URL without its trailing
    slash: a JSON 404 whose sentence names the URL with the slash, where Django would redirect
    (or fail). Everything else, such as a GET's redirect to the URL with a slash, is Django's."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if (
            response.status_code == 404
            and is_api_path(path=request.path)
            and request.method not in _SAFE_TO_REDIRECT
            and self.should_redirect_with_slash(request)
        ):
            url = escape_leading_slashes(request.get_full_path(force_append_slash=True))
            return error_response(
                f"Not found. API addresses end with a slash: send this request to {url}.",
                CoreErrorCode.NOT_FOUND,
                status=404,
            )
        return super().process_response(request, response)
