"""Retention also deletes the jobs that drew no poster (failed, cancelled: their prompt holds
the identity's name and statement) and the batches left empty, after
UNSAVED_POSTER_RETENTION_DAYS, by the same rule the page is told (`deletes_at`)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from apps.core.tests.test_deleting_rows_deletes_their_files import poster_job
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationBatch, GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.image_generation.utils import job_deletes_at
from apps.person_lifecycle.functions.system import purge_expired
from apps.privacy.models import AuditEvent
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User

pytestmark = pytest.mark.django_db

Status = GenerationJob.Status


def ended(identity, status: str, days_ago: int, **fields) -> GenerationJob:
    job = GenerationJobFactory(identity=identity, status=status, **fields)
    GenerationJob.objects.filter(pk=job.pk).update(
        finished_at=timezone.now() - timedelta(days=days_ago)
    )
    job.refresh_from_db()
    return job


def batch_of(identity, days_ago: int) -> GenerationBatch:
    batch = GenerationBatch.objects.create(user=identity.user, identity=identity, count=1)
    GenerationBatch.objects.filter(pk=batch.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )
    return batch


@pytest.fixture
def identity(user: User, settings):
    settings.UNSAVED_POSTER_RETENTION_DAYS = 30
    return IdentityFactory(user=user, name="Creative Visionary")


def test_failed_and_cancelled_jobs_go_after_the_retention(identity, user: User) -> None:
    old_failed = ended(identity, Status.FAILED, 31, error_code="blocked")
    old_cancelled = ended(identity, Status.CANCELLED, 31)
    fresh_failed = ended(identity, Status.FAILED, 29)
    starred_failed = ended(identity, Status.FAILED, 31, starred=True)
    queued = GenerationJobFactory(identity=identity)

    report = purge_expired()

    assert (report.ended_jobs, report.unsaved_posters) == (2, 0)
    assert set(GenerationJob.objects.values_list("pk", flat=True)) == {
        fresh_failed.pk,
        starred_failed.pk,
        queued.pk,
    }
    event = AuditEvent.objects.get(action=AuditEvent.Action.RETENTION_PURGE)
    assert event.subject_user_id == user.pk
    assert set(event.details["generation_job_ids"]) == {str(old_failed.pk), str(old_cancelled.pk)}


def test_a_batch_goes_once_every_job_of_it_has_gone(identity) -> None:
    emptied = batch_of(identity, 31)
    ended(identity, Status.FAILED, 31, batch=emptied)
    empty = batch_of(identity, 31)
    still_used = batch_of(identity, 31)
    ended(identity, Status.FAILED, 31, batch=still_used)
    kept_job = ended(identity, Status.FAILED, 5, batch=still_used)
    fresh_empty = batch_of(identity, 5)

    dry = purge_expired(dry_run=True)
    report = purge_expired()

    assert dry.empty_batches == report.empty_batches == 2
    assert set(GenerationBatch.objects.values_list("pk", flat=True)) == {
        still_used.pk,
        fresh_empty.pk,
    }
    assert GenerationJob.objects.get(batch=still_used) == kept_job
    event = AuditEvent.objects.get(action=AuditEvent.Action.RETENTION_PURGE)
    assert set(event.details["generation_batch_ids"]) == {str(emptied.pk), str(empty.pk)}


def test_the_page_is_told_the_date_the_purge_goes_by(identity, user: User) -> None:
    """`deletes_at` and the purge are one rule: a job is purged exactly when its date passed."""
    ReferenceImageFactory(user=user)
    jobs = [
        ended(identity, Status.FAILED, 31),
        ended(identity, Status.CANCELLED, 29),
        ended(identity, Status.FAILED, 31, starred=True),
        GenerationJobFactory(identity=identity),
        poster_job(identity),
    ]
    saved = poster_job(identity)
    GenerationJob.objects.filter(pk=saved.pk).update(
        saved_to_identity_at=timezone.now(), finished_at=timezone.now() - timedelta(days=40)
    )
    jobs.append(saved)
    now = timezone.now()
    due = set()
    for job in jobs:
        job.refresh_from_db()
        deletes_at = job_deletes_at(job)
        if deletes_at is not None and deletes_at < now:
            due.add(job.pk)

    purge_expired()

    assert due == {jobs[0].pk}
    assert set(GenerationJob.objects.values_list("pk", flat=True)) == {job.pk for job in jobs} - due
