"""A real web server loses its PostgreSQL (the port closes) and gets it back."""

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from django.db import connection

from apps.users.tests.factories import UserFactory
from testing import TcpProxy, database_url, free_port

SERVER_DIR = Path(__file__).resolve().parents[3]
PASSWORD = "outage-test-password"
OUTAGE_BODY = {
    "detail": "The database cannot be reached right now. Please try again shortly.",
    "code": "database_unavailable",
}

pytestmark = [
    pytest.mark.live,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs a database server to lose: runs in the PostgreSQL pass",
    ),
]


@pytest.fixture
def database_proxy() -> Iterator[TcpProxy]:
    settings = connection.settings_dict
    with TcpProxy(settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)) as proxy:
        yield proxy


@pytest.fixture
def web_server(database_proxy: TcpProxy) -> Iterator[str]:
    """gunicorn, as in production, reaching the test database only through the proxy."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.test",
        "DATABASE_URL": database_url(host="127.0.0.1", port=database_proxy.port),
    }
    server = subprocess.Popen(  # noqa: S603 - this interpreter's gunicorn
        [
            *(sys.executable, "-m", "gunicorn", "wsgi:application", "--no-control-socket"),
            *("--bind", f"127.0.0.1:{port}"),
        ],
        cwd=SERVER_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/api/v1/auth/csrf/", timeout=1)
            break
        except httpx.TransportError:
            assert server.poll() is None, server.communicate()[1]
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.1)
    try:
        yield url
    finally:
        server.terminate()
        _, log = server.communicate(timeout=30)
        assert "Traceback" not in log, log


def signed_in(url: str) -> httpx.Client:
    staff = UserFactory(is_staff=True)
    staff.set_password(PASSWORD)
    staff.save()
    client = httpx.Client(base_url=url, timeout=10)
    token = client.get("/api/v1/auth/csrf/").cookies["csrftoken"]
    client.headers["X-CSRFToken"] = token
    response = client.post("/api/v1/auth/login/", json={"email": staff.email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return client


def test_lost_database_is_a_503_with_a_sentence_and_the_api_recovers(
    web_server: str,
    database_proxy: TcpProxy,
    record_property: Callable[[str, object], None],
) -> None:
    client = signed_in(web_server)
    assert client.get("/api/v1/identities/").status_code == 200

    database_proxy.cut()  # open connections dropped, the port closed
    cut_at = time.monotonic()
    answers = [client.get("/api/v1/identities/") for _ in range(3)]
    login = httpx.post(
        f"{web_server}/api/v1/auth/login/",
        json={"email": "someone@example.com", "password": PASSWORD},
        headers={"X-CSRFToken": client.headers["X-CSRFToken"]},
        cookies={"csrftoken": client.headers["X-CSRFToken"]},
    )
    outage_answered_in = time.monotonic() - cut_at
    record_property("seconds_to_final_state", round(outage_answered_in, 2))

    for response in [*answers, login]:
        assert response.status_code == 503, response.text
        assert response.json() == OUTAGE_BODY
        assert response.headers["Retry-After"] == "5"
    assert outage_answered_in < 5  # refused at once, not after a timeout

    restored_at = time.monotonic()
    database_proxy.restore()
    assert client.get("/api/v1/identities/").status_code == 200  # no restart needed
    record_property("seconds_to_recover", round(time.monotonic() - restored_at, 2))
