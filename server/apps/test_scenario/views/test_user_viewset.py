from typing import Any, cast
from uuid import UUID

from drf_spectacular.utils import extend_schema
from rest_framework import decorators
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.identities.functions.public import list_identities_for
from apps.identities.serializers import IdentityOutputSerializer
from apps.test_scenario.functions.admin import get_test_user, list_test_scenarios_with_users
from apps.test_scenario.serializers import TestUserOutputSerializer
from apps.users.models import User
from apps.users.permissions import UUID_PATH_PATTERN


class TestUserViewSet(GenericViewSet[Any]):
    """Staff only: the test accounts and their identities."""

    __test__ = False
    pagination_class = None  # its lists are answered whole
    permission_classes = [IsAuthenticated, IsAdminUser]
    lookup_field = "user_id"
    lookup_value_regex = UUID_PATH_PATTERN

    @extend_schema(responses=TestUserOutputSerializer(many=True))
    def list(self, request: Request) -> Response:
        scenarios = list_test_scenarios_with_users()
        return Response(TestUserOutputSerializer(scenarios, many=True).data)

    @extend_schema(responses=IdentityOutputSerializer(many=True))
    @decorators.action(detail=True, methods=["GET"])
    def identities(self, request: Request, user_id: UUID | None = None) -> Response:
        user = get_test_user(user_id=UUID(str(user_id)))
        identities = list_identities_for(actor=cast(User, request.user), person=user)
        return Response(IdentityOutputSerializer(identities, many=True).data)
