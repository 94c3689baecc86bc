"""On RQ the schedule run_worker keeps by itself is queued by `run_rq_schedule`."""

from collections.abc import Iterator
from datetime import timedelta

import pytest
import redis
import rq
from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from apps.core.workers import rq_schedule
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from testing import empty_test_redis

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


@pytest.fixture
def connection() -> Iterator[redis.Redis]:
    connection = empty_test_redis()
    yield connection
    connection.flushdb()


def test_every_task_of_the_worker_schedule_and_the_requeue_sweep_is_on_it(
    connection: redis.Redis,
) -> None:
    scheduled = [job.func for job in rq_schedule(connection=connection).get_jobs()]

    assert scheduled == [import_string(path) for path in settings.RQ_SCHEDULE]
    assert set(settings.WORKER_SCHEDULE) < set(settings.RQ_SCHEDULE)
    assert "apps.image_generation.tasks.requeue_stale_queued_jobs" in settings.RQ_SCHEDULE


def test_the_queued_schedule_purges_an_expired_photo_when_a_worker_runs_it(
    connection: redis.Redis, user: User, settings
) -> None:
    settings.REFERENCE_PHOTO_RETENTION_DAYS = 365
    expired = ReferenceImageFactory(user=user)
    ReferenceImage.objects.filter(pk=expired.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    scheduler = rq_schedule(connection=connection)

    queued = scheduler.enqueue_jobs()
    again = scheduler.enqueue_jobs()  # not due again before its interval
    queue = rq.Queue("default", connection=connection)
    assert (len(queued), len(again), queue.count) == (len(settings.RQ_SCHEDULE), 0, 3)
    rq.SimpleWorker([queue], connection=connection).work(burst=True)

    assert not ReferenceImage.objects.filter(pk=expired.pk).exists()
    assert queue.count == 0
    assert rq.registry.FailedJobRegistry(queue=queue).count == 0
