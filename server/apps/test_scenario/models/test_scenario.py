from django.conf import settings
from django.db import models

from apps.core.models import BaseModel


class TestScenario(BaseModel):
    """A test account an admin can act for, with a story of who it represents."""

    __test__ = False  # not a pytest test class

    name = models.CharField(max_length=255, unique=True)
    description = models.TextField(blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="test_scenario",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
