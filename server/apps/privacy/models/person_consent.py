from typing import Any, ClassVar, NoReturn

from django.conf import settings
from django.db import models


class ConsentScope(models.TextChoices):
    """What a person can agree to, each on its own."""

    SEND_TO_PROVIDER = "send_to_provider", "Send photos to the image provider"
    FACE_MATCHING = "face_matching", "Measure and compare faces"


class ConsentGivenBy(models.TextChoices):
    """How a consent row came to be: the person acted (through a consent link, or signed in
    as themself), or staff attested it on the person's behalf (e.g. from a signed paper form)."""

    PERSON = "person", "Given by the person"
    STAFF = "staff", "Attested by staff"


class ConsentChange(models.TextChoices):
    RECORD = "record", "Recorded"
    WITHDRAW = "withdraw", "Withdrawn"


class PersonConsentChangeError(Exception):
    """A consent row was about to be changed or deleted: consent is append-only history."""


class PersonConsentQuerySet(models.QuerySet["PersonConsent"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise PersonConsentChangeError(PersonConsent.APPEND_ONLY_MESSAGE)


class PersonConsent(models.Model):
    """One step of a person's consent history: a recording or a withdrawal.

    Append-only: each record, change and withdrawal is a new row, and the person's current
    consent is their latest row (the highest id). A saved row cannot be saved again or
    deleted one by one; only erasure deletes a person's rows (in bulk, with the person).
    `withdrawn_at` is set on the row that left neither scope; the person then has no
    consent until it is recorded again.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    change = models.CharField(
        max_length=16, choices=ConsentChange.choices, default=ConsentChange.RECORD
    )
    given_by = models.CharField(max_length=16, choices=ConsentGivenBy.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="Who recorded this step (an admin, or the person themself).",
    )
    recorded_at = models.DateTimeField()
    note = models.CharField(
        max_length=500,
        blank=True,
        help_text="For consent attested by staff: where the signed form is.",
    )
    full_name = models.CharField(
        max_length=200, blank=True, help_text="The name the person typed as their signature."
    )
    notice_version = models.CharField(max_length=32)
    notice_sha256 = models.CharField(
        max_length=64,
        blank=True,
        help_text="SHA-256 of the exact notice text shown (empty: recorded before it was kept).",
    )
    provider = models.CharField(
        max_length=32,
        blank=True,
        help_text="The image provider the notice named (IMAGE_PROVIDER when it was recorded; "
        "empty: recorded before it was kept, which names none).",
    )
    send_to_provider = models.BooleanField(
        default=False, help_text="Photos may be sent to the image provider the notice named."
    )
    face_matching = models.BooleanField(
        default=False, help_text="Faces in the photos may be measured and compared."
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    client_ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=512, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = PersonConsentQuerySet.as_manager()

    APPEND_ONLY_MESSAGE: ClassVar[str] = (
        "Consent is append-only: record a new step instead of changing or deleting one."
    )

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"Consent of {self.user_id} ({self.change})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PersonConsentChangeError(self.APPEND_ONLY_MESSAGE)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PersonConsentChangeError(self.APPEND_ONLY_MESSAGE)

    def covers(self, scope: "ConsentScope | None") -> bool:
        """Whether this consent is in force, and for `scope` when one is named."""
        if self.pk is None or self.withdrawn_at is not None:
            return False
        return scope is None or bool(getattr(self, scope.value))

    def scopes(self) -> list[ConsentScope]:
        """The scopes agreed to in this step, in the order the notice lists them."""
        return [scope for scope in ConsentScope if getattr(self, scope.value)]

    def history(self) -> "PersonConsentQuerySet":
        """Every step of this person's consent, newest first."""
        if self.user_id is None:
            return PersonConsent.objects.none()
        return PersonConsent.objects.filter(user_id=self.user_id).select_related("recorded_by")
