"""Twenty browsers upload at once to a real threaded server (one connection per request)."""

import json
import threading
import urllib.error
import urllib.request
from uuid import uuid4

import pytest
from django.test import Client

from apps.privacy.tests.factories import PersonConsentFactory
from apps.reference_images.models import ReferenceImage
from apps.users.tests.factories import UserFactory
from testing import assert_storage_consistent

from .factories import image_bytes

CSRF_TOKEN = "a" * 32


def multipart(fields: dict[str, tuple[str, bytes, str]]) -> tuple[bytes, str]:
    boundary = uuid4().hex
    parts = []
    for name, (filename, data, content_type) in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


@pytest.mark.live
@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_uploads_to_a_live_server_fill_exactly_five_slots(
    live_server, media_storage
) -> None:
    from PIL import Image

    owner = UserFactory()
    PersonConsentFactory(user=owner)
    browser = Client()
    browser.force_login(owner)
    cookie = f"sessionid={browser.cookies['sessionid'].value}; csrftoken={CSRF_TOKEN}"
    body, boundary = multipart(
        {
            "image": (
                "photo.jpg",
                image_bytes(Image.new("RGB", (640, 480), (90, 140, 200))),
                "image/jpeg",
            )
        }
    )
    barrier = threading.Barrier(20)
    results: list[tuple[int, dict]] = []
    lock = threading.Lock()

    def post() -> None:
        request = urllib.request.Request(  # noqa: S310 - the test's own live server
            f"{live_server.url}/api/v1/reference-images/",
            data=body,
            method="POST",
            headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Cookie": cookie,
                "X-CSRFToken": CSRF_TOKEN,
            },
        )
        barrier.wait()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
                outcome = (response.status, json.loads(response.read()))
        except urllib.error.HTTPError as error:
            outcome = (error.code, json.loads(error.read()))
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=post) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(status for status, _body in results) == [201] * 5 + [400] * 15
    assert {body["detail"] for status, body in results if status == 400} == {
        "Maximum 5 reference images allowed"
    }
    orders = sorted(ReferenceImage.objects.filter(user=owner).values_list("order", flat=True))
    assert orders == [0, 1, 2, 3, 4]
    assert len(media_storage.names()) == 5 * 4  # the losing uploads' files are gone
    assert_storage_consistent()
