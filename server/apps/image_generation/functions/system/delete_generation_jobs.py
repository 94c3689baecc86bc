from collections.abc import Collection
from uuid import UUID

from django.db import transaction
from django.db.models import Q

from apps.core.utils import DeletedRows, row_file_names
from apps.image_generation.models import GenerationJob
from apps.users.models import User


@transaction.atomic
def delete_generation_jobs(*, person: User, job_ids: Collection[UUID] | None = None) -> DeletedRows:
    """Delete generations of a person (all of them when `job_ids` is None): those drawn of
    them and those of their identities. Their files go once that commits. The caller has
    decided that they may go and records why."""
    jobs = GenerationJob.objects.filter(Q(user=person) | Q(identity__user=person))
    if job_ids is not None:
        jobs = jobs.filter(pk__in=job_ids)
    rows = list(jobs)
    deleted = DeletedRows(
        count=len(rows), file_names=[name for job in rows for name in row_file_names(instance=job)]
    )
    jobs.delete()
    return deleted
