from typing import cast

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import decorators, mixins, status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.permissions import ActsForOtherUsersMixin, IsOwnerOrStaff
from apps.identities.functions.admin import create_identity_for_user
from apps.identities.functions.public import (
    create_identity,
    delete_identity,
    delete_identity_image,
    list_identities_visible_to,
    update_identity,
    upload_identity_image,
)
from apps.identities.models import Identity
from apps.identities.serializers import (
    IdentityCreateInputSerializer,
    IdentityFilterSerializer,
    IdentityImageInputSerializer,
    IdentityOutputSerializer,
    IdentityUpdateInputSerializer,
)
from apps.users.models import User


@extend_schema_view(
    list=extend_schema(parameters=[IdentityFilterSerializer]),
    retrieve=extend_schema(responses=IdentityOutputSerializer),
)
class IdentityViewSet(
    ActsForOtherUsersMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, GenericViewSet
):
    """Identities: owners manage their own; staff manage anyone's."""

    serializer_class = IdentityOutputSerializer
    permission_classes = [IsAuthenticated, IsOwnerOrStaff]
    parser_classes = [JSONParser, MultiPartParser]

    def get_queryset(self) -> QuerySet[Identity]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return Identity.objects.none()
        filters = IdentityFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return list_identities_visible_to(
            user=cast(User, self.request.user), user_id=filters.validated_data.get("user_id")
        )

    @extend_schema(request=IdentityCreateInputSerializer, responses={201: IdentityOutputSerializer})
    def create(self, request: Request) -> Response:
        serializer = IdentityCreateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        user_id = data.pop("user_id", None)
        if user_id is not None and user_id != request.user.pk:
            self.permission_denied_unless_staff(request)
            identity = create_identity_for_user(user_id=user_id, **data)
        else:
            identity = create_identity(user=cast(User, request.user), **data)
        return Response(IdentityOutputSerializer(identity).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=IdentityUpdateInputSerializer, responses=IdentityOutputSerializer)
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        serializer = IdentityUpdateInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        identity = update_identity(identity=self.get_object(), data=serializer.validated_data)
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(responses={204: None})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        delete_identity(identity=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=IdentityImageInputSerializer, responses=IdentityOutputSerializer)
    @decorators.action(
        detail=True, methods=["PATCH"], url_path="upload-image", parser_classes=[MultiPartParser]
    )
    def upload_image(self, request: Request, pk: str | None = None) -> Response:
        serializer = IdentityImageInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        image = serializer.validated_data["image"]
        identity = upload_identity_image(
            identity=self.get_object(), image_file=image, name=image.name
        )
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(request=None, responses={200: IdentityOutputSerializer, 404: OpenApiResponse()})
    @decorators.action(detail=True, methods=["DELETE"], url_path="delete-image")
    def delete_image(self, request: Request, pk: str | None = None) -> Response:
        identity = delete_identity_image(identity=self.get_object())
        return Response(IdentityOutputSerializer(identity).data)
