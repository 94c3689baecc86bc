from django.db import models


class ProviderSlotLock(models.Model):
    """One row per provider, locked while a worker counts the provider's running jobs and
    claims one: the count and the claim cannot interleave across workers or machines."""

    provider = models.CharField(max_length=32, primary_key=True)

    def __str__(self) -> str:
        return self.provider
