from typing import cast

from drf_spectacular.utils import extend_schema
from rest_framework import decorators
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.identities.functions.public import list_identities_for
from apps.identities.models import Identity
from apps.identities.serializers import IdentityOutputSerializer
from apps.users.models import User


class MyIdentityViewSet(GenericViewSet[Identity]):
    """The signed-in user's own identities, under `/users/me/` beside the user."""

    pagination_class = None  # its list is answered whole, as the schema says

    @extend_schema(responses=IdentityOutputSerializer(many=True))
    @decorators.action(detail=False, methods=["GET"], url_path="me/identities")
    def my_identities(self, request: Request) -> Response:
        identities = list_identities_for(actor=cast(User, request.user))
        return Response(IdentityOutputSerializer(identities, many=True).data)
