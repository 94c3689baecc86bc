from django.contrib import admin

from apps.test_scenario.models import TestScenario


@admin.register(TestScenario)
class TestScenarioAdmin(admin.ModelAdmin[TestScenario]):
    list_display = ["name", "user", "updated_at"]
    search_fields = ["name", "description", "user__email"]
    raw_id_fields = ["user"]
