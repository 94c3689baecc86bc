from pathlib import PurePosixPath

from django.db.models import Q

from apps.core.export import ExportEntry, rows_as_json
from apps.image_generation.models import GenerationBatch, GenerationJob
from apps.users.models import User


def export_generations(*, person: User) -> list[ExportEntry]:
    """A person's generations for their data export (those drawn of them and those of their
    identities, as erasure counts them): each poster's stored file, and the jobs' and
    batches' fields (prompts included)."""
    of_person = Q(user=person) | Q(identity__user=person)
    jobs = list(GenerationJob.objects.filter(of_person).order_by("created_at"))
    batches = list(GenerationBatch.objects.filter(of_person).order_by("created_at"))
    posters = [
        ExportEntry(
            path=f"posters/{job.pk}{PurePosixPath(job.image.name).suffix}",
            kind="poster",
            id=str(job.pk),
            stored_name=job.image.name,
        )
        for job in jobs
        if job.image
    ]
    return [
        *posters,
        ExportEntry(
            path="generation_jobs.json", kind="generation_job_rows", content=rows_as_json(jobs)
        ),
        ExportEntry(
            path="generation_batches.json",
            kind="generation_batch_rows",
            content=rows_as_json(batches),
        ),
    ]
