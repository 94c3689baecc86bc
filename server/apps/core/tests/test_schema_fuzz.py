"""Schema fuzz: every operation of the API's schema, anonymous and as staff, in-process over
WSGI.

Checks: no 5xx, and every documented response matches its schema (body and content type),
the refusals too: every operation documents its 4xx answers as the one error body.
Nothing is excluded. Examples are bounded (a few per operation) to keep the run short.
"""

from collections.abc import Callable, Iterator

import pytest
import schemathesis
import yaml
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)
from wsgi import application

from apps.users.models import User

pytestmark = pytest.mark.stack

MAX_EXAMPLES = 8
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture(autouse=True)
def keep_the_test_connection() -> Iterator[None]:
    """The WSGI handler closes the connection after each request; the test client doesn't.

    Do as Django's test client does, so the requests share the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


Auth = tuple[dict[str, str], dict[str, str]]  # headers, cookies


def staff_auth(staff: User) -> Auth:
    """A real session cookie plus a CSRF cookie and header, as the browser client sends them."""
    client = Client()
    client.force_login(staff)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    csrf = _get_new_csrf_string()
    cookies = {django_settings.SESSION_COOKIE_NAME: session, django_settings.CSRF_COOKIE_NAME: csrf}
    return {"X-CSRFToken": csrf}, cookies


def fuzz(auth: Callable[[], Auth]) -> list[str]:
    # The schema the API serves (to staff only), as `manage.py spectacular` writes it.
    raw = yaml.safe_load(OpenApiYamlRenderer().render(SchemaGenerator().get_schema(public=True)))
    schema = schemathesis.openapi.from_dict(raw)
    schema.app = application
    failures: list[str] = []
    for result in schema.get_all_operations():
        fuzz_operation(result.ok(), auth, failures)
    return failures


def fuzz_operation(operation, auth: Callable[[], Auth], failures: list[str]) -> None:
    @given(case=operation.as_strategy())
    @hypothesis_settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case) -> None:
        headers, cookies = auth()  # afresh: the fuzzed logout ends the previous session
        try:
            case.call_and_validate(headers=headers, cookies=cookies, checks=CHECKS)
        except Exception as error:  # noqa: BLE001 - any failure (check or crash) is collected
            failures.append(f"{operation.method.upper()} {operation.path}: {error}"[:2000])

    run()


def assert_no_failures(run: Callable[[], list[str]]) -> None:
    failures = run()
    assert not failures, "\n\n".join(sorted(set(failures)))


@pytest.mark.django_db
def test_fuzz_every_operation_anonymously() -> None:
    assert_no_failures(lambda: fuzz(lambda: ({}, {})))


def test_fuzz_every_operation_as_staff(staff_user: User) -> None:
    assert_no_failures(lambda: fuzz(lambda: staff_auth(staff_user)))
