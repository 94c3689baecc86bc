from django.db.models import QuerySet

from apps.test_scenario.models import TestScenario


def list_test_scenarios_with_users() -> QuerySet[TestScenario]:
    """Test scenarios that have a test user, with the user loaded in the same query."""
    return TestScenario.objects.filter(user__isnull=False).select_related("user").order_by("name")
