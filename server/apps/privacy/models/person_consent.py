from django.conf import settings
from django.db import models

from apps.core.models import BaseModel


class ConsentScope(models.TextChoices):
    """What a person can agree to, each on its own."""

    SEND_TO_PROVIDER = "send_to_provider", "Send photos to the image provider"
    FACE_MATCHING = "face_matching", "Measure and compare faces"


class PersonConsent(BaseModel):
    """What a person agreed to, under which notice, and who recorded it.

    One row per person: recording again replaces the scopes. `withdrawn_at` is set when both
    scopes have been withdrawn; the person then has no consent until it is recorded again.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consent"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="Who recorded the consent (an admin, or the person themself).",
    )
    recorded_at = models.DateTimeField()
    notice_version = models.CharField(max_length=32)
    send_to_provider = models.BooleanField(
        default=False, help_text="Photos may be sent to the configured image provider."
    )
    face_matching = models.BooleanField(
        default=False, help_text="Faces in the photos may be measured and compared."
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Consent of {self.user_id}"

    def covers(self, scope: "ConsentScope | None") -> bool:
        """Whether this consent is in force, and for `scope` when one is named."""
        if self.withdrawn_at is not None:
            return False
        return scope is None or bool(getattr(self, scope.value))
