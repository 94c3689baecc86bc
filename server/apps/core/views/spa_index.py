from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET

_PLACEHOLDER = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Identity Image Studio</title></head><body>
<h1>Identity Image Studio</h1>
<p>The web client has not been built. The API is running:
<a href="/api/docs/">API documentation</a> · <a href="/admin/">Django admin</a>.</p>
</body></html>"""


@require_GET
@ensure_csrf_cookie
def spa_index(request: HttpRequest, path: str = "") -> HttpResponseBase:
    """The single-page app's index.html for every client-side route.

    A path that names a file (`/favicon.ico`, `/robots.txt`) is not a route: when the built
    client has no such file it is a 404, not a page the browser would take for the file.
    """
    if "." in path.rsplit("/", 1)[-1]:
        raise Http404("No such file.")
    index = settings.CLIENT_DIST_DIR / "index.html"
    if index.is_file():
        response: HttpResponseBase = FileResponse(index.open("rb"), content_type="text/html")
    else:
        response = HttpResponse(_PLACEHOLDER)
    response["Cache-Control"] = "no-cache"
    return response
