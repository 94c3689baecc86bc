from django.apps import AppConfig


class TestScenarioConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.test_scenario"
    verbose_name = "Test scenarios"
