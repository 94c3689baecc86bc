"""bin/run with DJANGO_DEBUG=0, started without make: static files collected, gunicorn serving,
the admin works."""

from pathlib import Path

import httpx

from .conftest import running_product


def command_lines() -> list[str]:
    lines = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            lines.append(cmdline.read_text(errors="replace").replace("\0", " "))
        except OSError:  # the process ended while we looked
            continue
    return lines


def test_without_debug_the_admin_sign_in_page_and_its_styles_are_served(tmp_path: Path) -> None:
    with running_product(
        tmp_path,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="a-secret-key-for-this-test-only-0123456789abcdef",
        # Not debugging, the server starts only when the privacy notice can name who is
        # responsible and how to reach them.
        PRIVACY_CONTROLLER_NAME="Studio Browser Test Ltd",
        PRIVACY_CONTACT_EMAIL="privacy@studio-browser-test.example",
        WEB_CONCURRENCY="1",
        # bin/run started by hand, not by make: no demo admin named in the environment.
        unset=("DEMO_ADMIN_EMAIL", "DEMO_ADMIN_PASSWORD"),
    ) as product:
        page = httpx.get(f"{product.url}/admin/login/", timeout=30)
        styles = httpx.get(f"{product.url}/static/admin/css/base.css", timeout=30)

    bound = product.url.removeprefix("http://")
    left = [line for line in command_lines() if bound in line]
    assert left == []  # gunicorn runs in its own session: Ctrl-C still stopped it
    assert page.status_code == 200, page.text[:500]
    assert "WSGIServer" not in page.headers.get("server", "")
    assert styles.status_code == 200
    assert "text/css" in styles.headers["content-type"]
