from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


class IdempotentRequestQuerySet(models.QuerySet["IdempotentRequest"]):
    def expired(self) -> "IdempotentRequestQuerySet":
        """Keys older than IDEMPOTENCY_KEY_TTL_H: a request with such a key is a new request."""
        return self.filter(
            created_at__lt=timezone.now() - timedelta(hours=int(settings.IDEMPOTENCY_KEY_TTL_H))
        )


class IdempotentRequest(models.Model):
    """The first answer to a request sent with an `Idempotency-Key`, replayed to its retries.

    A row without an answer is a request still running. Only a 2xx answer is kept: a refused
    request made nothing, so the same key may try again.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The person the answer is about (its jobs, their prompts and poster URLs): erasing the
    # person erases the answers kept for them too.
    subject_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    key = models.CharField(max_length=255)
    # What the key was first sent with (method, path and body): a key is for one request.
    fingerprint = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = IdempotentRequestQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="unique_idempotency_key_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.key} ({self.status_code or 'running'})"
