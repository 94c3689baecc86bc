"""gunicorn decides whether a request came over HTTPS before Django sees it: it must believe
X-Forwarded-Proto only from a proxy of ours."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parents[3]


def _forwarded_allow_ips(**environment: str) -> str:
    """What gunicorn.conf.py gives gunicorn, read in a fresh process with `environment`."""
    script = "import runpy; print(repr(runpy.run_path('gunicorn.conf.py')['forwarded_allow_ips']))"
    answer = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=SERVER,
        env={"DJANGO_DEBUG": "1", "PATH": "/usr/bin:/bin", **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    return str(ast.literal_eval(answer.stdout))


@pytest.mark.parametrize(
    ("environment", "believed"),
    [
        ({"TRUSTED_PROXY_COUNT": "0"}, ""),
        ({"TRUSTED_PROXY_COUNT": "1"}, "127.0.0.1"),
        ({"TRUSTED_PROXY_COUNT": "1", "FORWARDED_ALLOW_IPS": "10.0.0.5"}, "10.0.0.5"),
    ],
)
def test_forwarded_proto_is_believed_only_from_a_proxy_of_ours(
    environment: dict[str, str], believed: str
) -> None:
    assert _forwarded_allow_ips(**environment) == believed
