from typing import cast

from drf_spectacular.utils import extend_schema
from rest_framework import decorators
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.users.models import User
from apps.users.serializers import UserOutputSerializer


class UserViewSet(GenericViewSet[User]):
    """The signed-in user."""

    pagination_class = None  # its lists are answered whole

    @extend_schema(responses=UserOutputSerializer)
    @decorators.action(detail=False, methods=["GET"], url_path="me")
    def me(self, request: Request) -> Response:
        return Response(UserOutputSerializer(cast(User, request.user)).data)
