from datetime import datetime, time, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from rest_framework.exceptions import Throttled

from apps.image_generation.models import GenerationJob
from apps.image_generation.utils import estimate_job_cost_usd
from apps.users.models import User


def check_generation_budget(*, user: User, planned: list[GenerationJob]) -> None:
    """Refuse posters that would take the person past GENERATION_DAILY_BUDGET_USD today (UTC).

    Finished jobs count what they cost, unfinished ones what they are likely to cost. The
    person's row is locked, so two requests at once cannot both spend the last dollars.
    Does nothing when no budget is set.
    """
    budget = settings.GENERATION_DAILY_BUDGET_USD
    if budget is None:
        return
    User.objects.select_for_update().filter(pk=user.pk).first()
    now = timezone.now()
    midnight = datetime.combine(now.date(), time.min, tzinfo=now.tzinfo)
    today = GenerationJob.objects.filter(user=user, created_at__gte=midnight)
    spent = today.filter(status__in=GenerationJob.FINISHED).aggregate(total=Sum("cost_usd"))
    committed = (spent["total"] or Decimal(0)) + sum(
        (estimate_job_cost_usd(job) for job in today.exclude(status__in=GenerationJob.FINISHED)),
        Decimal(0),
    )
    cost = sum((estimate_job_cost_usd(job) for job in planned), Decimal(0))
    asked = "this poster costs" if len(planned) == 1 else f"these {len(planned)} posters cost"
    if committed + cost <= budget:
        return
    wait_s = (midnight + timedelta(days=1) - now).total_seconds()
    hours = max(1, round(wait_s / 3600))
    raise Throttled(
        wait=wait_s,
        detail=(
            f"This person's daily budget of ${budget:.2f} would be passed: ${committed:.2f} is "
            f"spent or on its way today and {asked} about ${cost:.2f}. Posters can be made "
            f"again after midnight UTC, in about {hours} hour{'s' if hours != 1 else ''}."
        ),
    )
