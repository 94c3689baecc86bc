import uuid
from typing import Any, ClassVar

from django.db import models


class AuditEventChangeError(Exception):
    """An audit event was about to be changed or deleted: the log is append-only."""


class AuditEvent(models.Model):
    """One thing someone did for a person, written in the transaction of the change.

    Append-only: a saved event cannot be saved again or deleted. The people are kept as ids,
    not foreign keys, so the log outlives an erased account and holds no personal data.
    """

    class Action(models.TextChoices):
        REFERENCE_UPLOAD = "reference.upload"
        REFERENCE_REPLACE = "reference.replace"
        REFERENCE_UPDATE = "reference.update"
        REFERENCE_DELETE = "reference.delete"
        GENERATION_CREATE = "generation.create"
        GENERATION_CANCEL = "generation.cancel"
        GENERATION_REFINE = "generation.refine"
        GENERATION_STAR = "generation.star"
        GENERATION_UNSTAR = "generation.unstar"
        IDENTITY_CREATE = "identity.create"
        IDENTITY_UPDATE = "identity.update"
        IDENTITY_DELETE = "identity.delete"
        IDENTITY_VERSION_SAVE = "identity.version.save"
        IDENTITY_VERSION_RESTORE = "identity.version.restore"
        IDENTITY_VERSION_DELETE = "identity.version.delete"
        IDENTITY_IMAGE_CLEAR = "identity.image.clear"
        CONSENT_RECORD = "consent.record"
        CONSENT_WITHDRAW = "consent.withdraw"
        CONSENT_LINK_CREATE = "consent_link.create"
        CONSENT_LINK_REVOKE = "consent_link.revoke"
        PERSON_ERASE = "person.erase"
        PERSON_EXPORT = "person.export"
        RETENTION_PURGE = "retention.purge"
        MEDIA_DOWNLOAD = "media.download"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor_id = models.UUIDField(null=True, blank=True, help_text="Who acted; empty: the system.")
    subject_user_id = models.UUIDField(
        null=True, blank=True, db_index=True, help_text="Whose data it was."
    )
    action = models.CharField(max_length=32, choices=Action.choices, db_index=True)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    details: Any = models.JSONField(default=dict, blank=True)

    APPEND_ONLY_MESSAGE: ClassVar[str] = "Audit events cannot be changed or deleted."

    class Meta:
        ordering = ["-at"]
        indexes = [models.Index(fields=["subject_user_id", "-at"])]

    def __str__(self) -> str:
        return f"{self.action} {self.object_type} {self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditEventChangeError(self.APPEND_ONLY_MESSAGE)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AuditEventChangeError(self.APPEND_ONLY_MESSAGE)
