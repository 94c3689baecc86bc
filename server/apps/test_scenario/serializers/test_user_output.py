from rest_framework import serializers

from apps.test_scenario.models import TestScenario


class TestUserOutputSerializer(serializers.ModelSerializer[TestScenario]):
    """A test scenario as the test user it stands for."""

    __test__ = False

    user_id = serializers.UUIDField(source="user.id", read_only=True)
    email = serializers.EmailField(source="user.email", read_only=True)
    first_name = serializers.CharField(source="user.first_name", read_only=True)
    last_name = serializers.CharField(source="user.last_name", read_only=True)
    scenario_id = serializers.IntegerField(source="id", read_only=True)
    scenario_name = serializers.CharField(source="name", read_only=True)
    scenario_description = serializers.CharField(source="description", read_only=True)

    class Meta:
        model = TestScenario
        fields = (
            "user_id",
            "email",
            "first_name",
            "last_name",
            "scenario_id",
            "scenario_name",
            "scenario_description",
        )
        read_only_fields = fields
