import uuid
from datetime import datetime

from django.conf import settings
from django.db import models

from apps.core.models import BaseModel


class ConsentLinkQuerySet(models.QuerySet["ConsentLink"]):
    def live(self, *, now: datetime) -> "ConsentLinkQuerySet":
        """Links that still open: neither revoked nor expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class ConsentLink(BaseModel):
    """A link staff send a person so that they read the notice and give (or withdraw)
    consent themself, without an account.

    Only the SHA-256 of its token is kept: the token itself is shown once, in the link's
    URL, when it is made. A person has at most one link that is not revoked; making a new
    one revokes the old. A link opens until `expires_at` (CONSENT_LINK_TTL_H after it was
    made) unless revoked, also after the person has used it, so they can see what was
    recorded and withdraw it.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consent_links"
    )
    token_sha256 = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ConsentLinkQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_unrevoked_consent_link_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"Consent link of {self.user_id}"
