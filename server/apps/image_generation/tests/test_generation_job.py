"""The job's own state machine: every move from every status, legal and illegal."""

from datetime import timedelta
from itertools import product

import pytest
from django.utils import timezone
from pytest_django.fixtures import Settings as SettingsWrapper

from apps.core.models import WorkerHeartbeat
from apps.image_generation.models import (
    WORKER_LOST_MESSAGE,
    GenerationJob,
    IllegalJobTransitionError,
    ShownOutcome,
)
from apps.image_generation.tasks import RecoveredJobs, recover_lost_generation_jobs
from apps.image_generation.tests.factories import GenerationJobFactory

pytestmark = [pytest.mark.django_db, pytest.mark.stack]

Status = GenerationJob.Status
LEGAL = {
    (Status.QUEUED, Status.RUNNING),
    (Status.QUEUED, Status.CANCELLED),
    (Status.RUNNING, Status.SUCCEEDED),
    (Status.RUNNING, Status.FAILED),
    (Status.RUNNING, Status.CANCELLED),
    (Status.RUNNING, Status.QUEUED),
}


def move(job: GenerationJob, target: str) -> None:
    if target == Status.RUNNING:
        assert job.claim()
    elif target == Status.SUCCEEDED:
        job.succeed(mime_type="image/png")
    elif target == Status.FAILED:
        job.fail(GenerationJob.ErrorCode.TIMEOUT, "Gemini took too long.")
    elif target == Status.CANCELLED:
        job.cancel()
    else:
        job.requeue()


def test_the_table_is_exactly_the_legal_moves() -> None:
    table = {(a, b) for a, targets in GenerationJob.TRANSITIONS.items() for b in targets}
    assert table == LEGAL
    assert set(GenerationJob.TRANSITIONS) == set(Status)


@pytest.mark.parametrize(("current", "target"), sorted(LEGAL))
def test_a_legal_move_is_stored(current: str, target: str) -> None:
    job = GenerationJobFactory(status=current)

    move(job, target)

    job.refresh_from_db()
    assert job.status == target
    if target == Status.RUNNING:
        assert job.started_at is not None
    elif target == Status.QUEUED:
        assert (job.started_at, job.finished_at, job.requeues) == (None, None, 1)
    else:
        assert job.finished_at is not None
    if target == Status.FAILED:
        assert (job.error_code, job.error_message) == ("timeout", "Gemini took too long.")


@pytest.mark.parametrize(
    ("current", "target"),
    sorted(set(product(Status, Status)) - LEGAL),
)
def test_an_illegal_move_raises_and_changes_nothing(current: str, target: str) -> None:
    job = GenerationJobFactory(status=current)

    if target == Status.RUNNING:
        assert job.claim() is False  # a task delivered twice: the job is not taken again
    else:
        with pytest.raises(IllegalJobTransitionError):
            move(job, target)

    job.refresh_from_db()
    assert job.status == current
    assert job.finished_at is None


def test_a_move_checks_the_stored_status_not_a_stale_copy() -> None:
    job = GenerationJobFactory(status=Status.RUNNING)
    stale = GenerationJob.objects.get(pk=job.pk)
    job.fail(GenerationJob.ErrorCode.WORKER_LOST, "Lost.")

    with pytest.raises(IllegalJobTransitionError):
        stale.succeed(mime_type="image/png")

    job.refresh_from_db()
    assert (job.status, job.error_code) == (Status.FAILED, "worker_lost")


def test_an_unknown_error_code_is_refused() -> None:
    job = GenerationJobFactory(status=Status.RUNNING)

    with pytest.raises(ValueError, match="not_a_code"):
        job.fail("not_a_code", "Whatever.")

    job.refresh_from_db()
    assert job.status == Status.RUNNING


def test_end_lost_ends_only_running_jobs_past_the_lease(settings: SettingsWrapper) -> None:
    settings.GENERATION_JOB_TIMEOUT_S = 60
    long_ago = timezone.now() - timedelta(seconds=61)
    lost = GenerationJobFactory(status=Status.RUNNING, started_at=long_ago)
    alive = GenerationJobFactory(status=Status.RUNNING, started_at=timezone.now())
    queued = GenerationJobFactory(status=Status.QUEUED, started_at=long_ago)

    assert lost.is_lost
    assert not alive.is_lost
    assert GenerationJob.objects.end_lost() == 1

    statuses = {job.pk: job.status for job in GenerationJob.objects.all()}
    assert statuses == {lost.pk: "failed", alive.pk: "running", queued.pk: "queued"}
    lost.refresh_from_db()
    assert lost.error_code == "worker_lost"
    assert lost.finished_at is not None


def test_a_lost_job_shows_as_the_failure_it_will_end_as_and_others_as_they_are(
    settings: SettingsWrapper,
) -> None:
    settings.GENERATION_JOB_TIMEOUT_S = 60
    long_ago = timezone.now() - timedelta(seconds=61)
    lost = GenerationJobFactory.build(status=Status.RUNNING, started_at=long_ago)
    alive = GenerationJobFactory.build(status=Status.RUNNING, started_at=timezone.now())
    failed = GenerationJobFactory.build(
        status=Status.FAILED, started_at=long_ago, error_code="timeout", error_message="Slow."
    )

    assert lost.shown_outcome == ShownOutcome(
        status="failed", error_code="worker_lost", error_message=WORKER_LOST_MESSAGE
    )
    assert lost.status == Status.RUNNING  # reading it changes nothing
    assert alive.shown_outcome == ShownOutcome(status="running", error_code="", error_message="")
    assert failed.shown_outcome == ShownOutcome(
        status="failed", error_code="timeout", error_message="Slow."
    )


def held_by_a_lost_worker(requeues: int) -> GenerationJob:
    long_ago = timezone.now() - timedelta(seconds=120)
    WorkerHeartbeat.objects.create(
        worker_id="gone", hostname="h", pid=1, started_at=long_ago, last_seen_at=long_ago
    )
    return GenerationJobFactory(
        status=Status.RUNNING, started_at=long_ago, worker_id="gone", requeues=requeues
    )


def test_a_job_of_a_worker_not_seen_for_a_minute_goes_back_to_the_queue_once(
    settings: SettingsWrapper, django_capture_on_commit_callbacks
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    job = held_by_a_lost_worker(requeues=0)

    with django_capture_on_commit_callbacks(execute=True) as enqueued:
        recovered = recover_lost_generation_jobs()

    job.refresh_from_db()
    assert (recovered.requeued, recovered.ended) == (1, 0)
    assert (job.status, job.requeues, job.worker_id, job.started_at) == ("queued", 1, "", None)
    assert len(enqueued) == 1


def test_a_job_lost_a_second_time_ends_worker_lost(settings: SettingsWrapper) -> None:
    job = held_by_a_lost_worker(requeues=1)

    recovered = recover_lost_generation_jobs()

    job.refresh_from_db()
    assert (recovered.requeued, recovered.ended) == (0, 1)
    assert (job.status, job.error_code) == ("failed", "worker_lost")


def test_a_job_of_a_worker_still_beating_is_left_alone() -> None:
    job = held_by_a_lost_worker(requeues=0)
    WorkerHeartbeat.objects.filter(worker_id="gone").update(last_seen_at=timezone.now())

    assert recover_lost_generation_jobs() == RecoveredJobs(requeued=0, ended=0)
    job.refresh_from_db()
    assert job.status == "running"


def test_each_new_job_gets_its_own_random_variation_seed() -> None:
    seeds = [GenerationJobFactory.build().variation_seed for _ in range(20)]

    assert all(0 <= seed < 2**31 for seed in seeds)
    assert len(set(seeds)) == 20
