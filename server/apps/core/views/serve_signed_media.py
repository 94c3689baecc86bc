import mimetypes
import time

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponseForbidden
from django.views.decorators.http import require_GET

from apps.core.storage import verify_media_signature


@require_GET
def serve_signed_media(request: HttpRequest, name: str) -> FileResponse | HttpResponseForbidden:
    """Serve a stored file only to a holder of a valid, unexpired signed URL."""
    expires = request.GET.get("expires", "")
    signature = request.GET.get("signature", "")
    if not verify_media_signature(name, expires, signature):
        return HttpResponseForbidden(
            "This link is invalid or has expired.", content_type="text/plain"
        )
    try:
        file = default_storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, SuspiciousFileOperation) as error:
        raise Http404("No such file.") from error
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(file, content_type=content_type)
    response["Cache-Control"] = f"private, max-age={max(int(expires) - int(time.time()), 0)}"
    response["X-Content-Type-Options"] = "nosniff"
    return response
