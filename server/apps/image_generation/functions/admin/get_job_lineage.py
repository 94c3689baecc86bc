from dataclasses import dataclass
from typing import cast
from uuid import UUID

from apps.image_generation.models import GenerationJob

from .get_generation_job import get_generation_job


@dataclass(frozen=True)
class LineageStep:
    job: GenerationJob
    children: list[GenerationJob]


def get_job_lineage(*, job_id: UUID) -> list[LineageStep]:
    """Staff: the chain from the first poster to this job, each with its direct refinements.

    One query per step of the chain, then one for all the children.
    """
    chain = [get_generation_job(job_id=job_id)]
    while chain[0].parent_id is not None:
        parent = GenerationJob.objects.select_related("identity").filter(pk=chain[0].parent_id)
        step = parent.first()
        if step is None:
            break
        chain.insert(0, step)
    children = (
        GenerationJob.objects.select_related("identity")
        .filter(parent__in=[job.pk for job in chain])
        .order_by("created_at")
    )
    by_parent: dict[UUID, list[GenerationJob]] = {job.pk: [] for job in chain}
    for child in children:
        by_parent[cast(UUID, child.parent_id)].append(child)
    return [LineageStep(job=job, children=by_parent[job.pk]) for job in chain]
