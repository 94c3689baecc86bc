import time

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponseForbidden
from django.views.decorators.http import require_GET

from apps.core.storage import verify_media_signature
from services.image_generation import sniff_image_type

# Enough to reach the frame header of any stored image: uploads are stored without metadata,
# and a poster's metadata (if any) is far smaller.
_SNIFFED_BYTES = 256 * 1024
# Nothing a served file holds may run, load or be framed; an SVG or HTML file could otherwise.
_MEDIA_CSP = "default-src 'none'; img-src 'self'"


@require_GET
def serve_signed_media(request: HttpRequest, name: str) -> FileResponse | HttpResponseForbidden:
    """Serve a stored file only to a holder of a valid, unexpired signed URL.

    The Content-Type is what the bytes are, never what the name says: a JPEG, PNG or WebP (what
    the app stores) is served as that image; anything else is a download
    (application/octet-stream, attachment), so no stored file can become a page or a script.
    A URL signed with a download name saves the image under that name.
    """
    expires = request.GET.get("expires", "")
    signature = request.GET.get("signature", "")
    download = request.GET.get("download", "")
    if not verify_media_signature(name, expires, signature, download):
        return HttpResponseForbidden(
            "This link is invalid or has expired.", content_type="text/plain"
        )
    try:
        file = default_storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, SuspiciousFileOperation) as error:
        raise Http404("No such file.") from error
    sniffed = sniff_image_type(file.read(_SNIFFED_BYTES))
    file.seek(0)
    if sniffed is None:
        response = FileResponse(file, content_type="application/octet-stream", as_attachment=True)
    elif download:
        response = FileResponse(
            file, content_type=sniffed.mime_type, as_attachment=True, filename=download
        )
    else:
        response = FileResponse(file, content_type=sniffed.mime_type)
    response["Cache-Control"] = f"private, max-age={max(int(expires) - int(time.time()), 0)}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = _MEDIA_CSP
    return response
