from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from pytest_django.fixtures import Settings as SettingsWrapper

from apps.image_generation.models import GenerationJob
from apps.image_generation.tasks import requeue_stale_queued_jobs
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User

from .factories import GenerationJobFactory

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def job_queued(user: User, seconds_ago: int, **fields: object) -> GenerationJob:
    reference = ReferenceImageFactory(user=user)
    job = GenerationJobFactory(
        identity__user=user, reference_image_ids=[str(reference.pk)], **fields
    )
    GenerationJob.objects.filter(pk=job.pk).update(
        updated_at=timezone.now() - timedelta(seconds=seconds_ago)
    )
    return job


def test_a_job_queued_too_long_is_handed_to_a_worker_again(
    user: User, settings: SettingsWrapper, django_capture_on_commit_callbacks
) -> None:
    settings.GENERATION_QUEUE_TIMEOUT_S = 60
    stale = job_queued(user, seconds_ago=61)
    fresh = job_queued(user, seconds_ago=10)

    with django_capture_on_commit_callbacks(execute=True):  # the immediate backend runs it
        assert requeue_stale_queued_jobs() == 1

    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.status == GenerationJob.Status.SUCCEEDED
    assert fresh.status == GenerationJob.Status.QUEUED


def test_only_queued_jobs_are_requeued_and_each_once_per_timeout(
    user: User, settings: SettingsWrapper, django_capture_on_commit_callbacks
) -> None:
    settings.GENERATION_QUEUE_TIMEOUT_S = 60
    job_queued(user, seconds_ago=600, status=GenerationJob.Status.RUNNING)
    job_queued(user, seconds_ago=600, status=GenerationJob.Status.FAILED)
    queued = job_queued(user, seconds_ago=600)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert requeue_stale_queued_jobs() == 1
        assert requeue_stale_queued_jobs() == 0  # touched: not again before another timeout

    assert len(callbacks) == 1
    queued.refresh_from_db()
    assert queued.status == GenerationJob.Status.QUEUED


def test_the_command_reports_how_many_jobs_it_requeued(
    user: User, settings: SettingsWrapper
) -> None:
    settings.GENERATION_QUEUE_TIMEOUT_S = 60
    job_queued(user, seconds_ago=61)
    out = StringIO()

    call_command("requeue_generation_jobs", stdout=out)

    assert out.getvalue().splitlines() == [
        "0 generation job(s) of a lost worker queued again, 0 ended as worker_lost.",
        "1 queued generation job(s) re-queued.",
    ]
