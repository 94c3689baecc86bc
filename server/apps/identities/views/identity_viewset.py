from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import decorators, mixins, status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.parsers import DepthLimitedJSONParser
from apps.core.permissions import UUID_PATH_PATTERN, ActsForOtherUsersMixin
from apps.identities.functions.admin import (
    create_identity_for_user,
    delete_identity_any,
    delete_identity_image_any,
    delete_identity_image_version_any,
    get_identity,
    list_identities,
    list_identity_image_versions_any,
    restore_identity_image_version_any,
    update_identity_any,
    upload_identity_image_any,
)
from apps.identities.functions.public import (
    create_identity,
    delete_identity,
    delete_identity_image,
    delete_identity_image_version,
    get_identity_for,
    list_identities_for,
    list_identity_image_versions_for,
    restore_identity_image_version,
    update_identity,
    upload_identity_image,
)
from apps.identities.models import Identity
from apps.identities.serializers import (
    IdentityCreateInputSerializer,
    IdentityFilterSerializer,
    IdentityImageInputSerializer,
    IdentityImageVersionOutputSerializer,
    IdentityOutputSerializer,
    IdentityUpdateInputSerializer,
)


@extend_schema_view(
    list=extend_schema(parameters=[IdentityFilterSerializer]),
    retrieve=extend_schema(responses=IdentityOutputSerializer),
)
class IdentityViewSet(
    ActsForOtherUsersMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    GenericViewSet[Identity],
):
    """Identities: owners manage their own; staff manage anyone's."""

    serializer_class = IdentityOutputSerializer
    pagination_class = None  # one list, as the page shows them all
    permission_classes = [IsAuthenticated]
    parser_classes = [DepthLimitedJSONParser, MultiPartParser]

    def get_queryset(self) -> QuerySet[Identity]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return Identity.objects.none()
        filters = IdentityFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        user_id = filters.validated_data.get("user_id")
        if self.actor.is_staff:
            return list_identities(user_id=user_id)
        self.resolve_owner(user_id)
        return list_identities_for(actor=self.actor)

    def get_object(self) -> Identity:
        return self.act_on_row(get_identity_for, get_identity, identity_id=self.kwargs["pk"])

    @extend_schema(request=IdentityCreateInputSerializer, responses={201: IdentityOutputSerializer})
    def create(self, request: Request) -> Response:
        serializer = IdentityCreateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        owner_id = self.resolve_owner(data.pop("user_id", None))
        if owner_id is None:
            identity = create_identity(actor=self.actor, **data)
        else:
            identity = create_identity_for_user(user_id=owner_id, **data)
        return Response(IdentityOutputSerializer(identity).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=IdentityUpdateInputSerializer, responses=IdentityOutputSerializer)
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        serializer = IdentityUpdateInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        identity = self.act_on_row(
            update_identity, update_identity_any, identity_id=pk, data=serializer.validated_data
        )
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(responses={204: None})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        self.act_on_row(delete_identity, delete_identity_any, identity_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=IdentityImageInputSerializer, responses=IdentityOutputSerializer)
    @decorators.action(
        detail=True, methods=["PATCH"], url_path="upload-image", parser_classes=[MultiPartParser]
    )
    def upload_image(self, request: Request, pk: str | None = None) -> Response:
        serializer = IdentityImageInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        image = serializer.validated_data["image"]
        identity = self.act_on_row(
            upload_identity_image,
            upload_identity_image_any,
            identity_id=pk,
            image_file=image,
            name=image.name,
            uploaded_by=self.actor,
        )
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(request=None, responses={200: IdentityOutputSerializer, 404: OpenApiResponse()})
    @decorators.action(detail=True, methods=["DELETE"], url_path="delete-image")
    def delete_image(self, request: Request, pk: str | None = None) -> Response:
        identity = self.act_on_row(delete_identity_image, delete_identity_image_any, identity_id=pk)
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(responses=IdentityImageVersionOutputSerializer(many=True))
    @decorators.action(detail=True, methods=["GET"], url_path="versions")
    def versions(self, request: Request, pk: str | None = None) -> Response:
        versions = self.act_on_row(
            list_identity_image_versions_for, list_identity_image_versions_any, identity_id=pk
        )
        return Response(IdentityImageVersionOutputSerializer(versions, many=True).data)

    @extend_schema(request=None, responses=IdentityOutputSerializer)
    @decorators.action(
        detail=True,
        methods=["POST"],
        url_path=f"versions/(?P<version_id>{UUID_PATH_PATTERN})/restore",
    )
    def restore_version(self, request: Request, version_id: str, pk: str | None = None) -> Response:
        identity = self.act_on_row(
            restore_identity_image_version,
            restore_identity_image_version_any,
            identity_id=pk,
            version_id=version_id,
        )
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(request=None, responses={204: None})
    @decorators.action(
        detail=True, methods=["DELETE"], url_path=f"versions/(?P<version_id>{UUID_PATH_PATTERN})"
    )
    def delete_version(self, request: Request, version_id: str, pk: str | None = None) -> Response:
        self.act_on_row(
            delete_identity_image_version,
            delete_identity_image_version_any,
            identity_id=pk,
            version_id=version_id,
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
