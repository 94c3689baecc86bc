from collections.abc import Collection
from uuid import UUID

from django.db import transaction
from django.db.models import Q

from apps.image_generation.models import GenerationBatch
from apps.users.models import User


@transaction.atomic
def delete_generation_batches(*, person: User, batch_ids: Collection[UUID] | None = None) -> int:
    """Delete the batches (clicks of Generate) of a person (all of them when `batch_ids` is
    None): those drawn of them and those of their identities, with any job still in them.
    Delete the jobs first with `delete_generation_jobs` to count their files. The caller has
    decided that they may go and records why; answers how many batches went."""
    batches = GenerationBatch.objects.filter(Q(user=person) | Q(identity__user=person))
    if batch_ids is not None:
        batches = batches.filter(pk__in=batch_ids)
    count = batches.count()
    batches.delete()
    return count
