import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any, cast
from uuid import UUID

from django.db import IntegrityError, transaction
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer
from rest_framework.utils.encoders import JSONEncoder

from apps.core.exceptions import Conflict, CoreErrorCode, Unprocessable
from apps.core.models import IdempotentRequest

IDEMPOTENCY_KEY_PARAMETER = OpenApiParameter(
    "Idempotency-Key",
    location=OpenApiParameter.HEADER,
    required=False,
    description=(
        "A key the client makes once per intended request (a UUID). A retry with the same key "
        "and body within IDEMPOTENCY_KEY_TTL_H hours gets the first answer again and starts "
        "nothing new; the same key with another body is refused (422), and a retry while the "
        "first is still running is refused (409)."
    ),
)
_MAX_KEY_LENGTH = IdempotentRequest._meta.get_field("key").max_length or 255

Action = Callable[..., Response]
# Who a kept answer is about, read from the answer's data (a person's id).
SubjectOf = Callable[[Any], Any]


def _fingerprint(request: Request, input_serializer: type[Serializer[Any]] | None) -> str:
    """The request as the action will read it: with its input serializer's defaults applied,
    so a field sent with its default value is the same request as one that leaves it out.
    Input the serializer refuses is compared as sent (the action will refuse it anyway)."""
    data = request.data
    if input_serializer is not None:
        serializer = input_serializer(data=request.data)
        if serializer.is_valid():
            data = serializer.validated_data
    body = json.dumps(data, sort_keys=True, cls=JSONEncoder)
    return hashlib.sha256(f"{request.method}\n{request.path}\n{body}".encode()).hexdigest()


def _claim(
    request: Request, key: str, input_serializer: type[Serializer[Any]] | None
) -> IdempotentRequest | Response:
    """The new row this request answers through, or the answer a retry gets instead."""
    if len(key) > _MAX_KEY_LENGTH or not key.isprintable() or not key.isascii():
        raise ValidationError(
            f"The Idempotency-Key header must be at most {_MAX_KEY_LENGTH} printable ASCII "
            "characters.",
            code=CoreErrorCode.INVALID_IDEMPOTENCY_KEY,
        )
    fingerprint = _fingerprint(request, input_serializer)
    user_id = cast(UUID, request.user.pk)  # an action behind IsAuthenticated: never anonymous
    mine = IdempotentRequest.objects.filter(user_id=user_id, key=key)
    mine.expired().delete()
    try:
        # Committed at once (no request-wide transaction), so a concurrent retry sees it.
        with transaction.atomic():
            return IdempotentRequest.objects.create(
                user_id=user_id, key=key, fingerprint=fingerprint
            )
    except IntegrityError:
        first = mine.first()
    if first is None:  # the first request failed and let the key go meanwhile
        return _claim(request, key, input_serializer)
    if first.fingerprint != fingerprint:
        raise Unprocessable(
            "This Idempotency-Key was already used for a different request. Send a new key "
            "for a new request.",
            code=CoreErrorCode.IDEMPOTENCY_KEY_REUSED,
        )
    if first.status_code is None:
        raise Conflict(
            "The first request with this Idempotency-Key is still being handled. Wait for its "
            "answer instead of sending it again.",
            code=CoreErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS,
        )
    return Response(
        first.response_body, status=first.status_code, headers={"Idempotent-Replayed": "true"}
    )


def idempotent(
    *, subject_of: SubjectOf, input_serializer: type[Serializer[Any]] | None = None
) -> Callable[[Action], Action]:
    """A viewset action that honours the `Idempotency-Key` header.

    Without the header the action runs as always. With it, the first request runs and its
    2xx answer is kept, with the person it is about (`subject_of` the answer's data); a retry
    gets that answer back and the action does not run again, so a double click or a retried
    network call cannot start a second paid poster. A request that is refused keeps nothing,
    and the same key may be sent again.
    """

    def decorate(action: Action) -> Action:
        @functools.wraps(action)
        def run_once(viewset: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
            key = request.headers.get("Idempotency-Key", "").strip()
            if not key:
                return action(viewset, request, *args, **kwargs)
            claimed = _claim(request, key, input_serializer)
            if isinstance(claimed, Response):
                return claimed
            try:
                response = action(viewset, request, *args, **kwargs)
            except BaseException:
                claimed.delete()
                raise
            if not 200 <= response.status_code < 300:
                claimed.delete()
                return response
            claimed.status_code = response.status_code
            claimed.response_body = json.loads(json.dumps(response.data, cls=JSONEncoder))
            claimed.subject_user_id = subject_of(response.data)
            claimed.save(update_fields=["status_code", "response_body", "subject_user"])
            return response

        return run_once

    return decorate
