from uuid import UUID

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import decorators, mixins, status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.parsers import DepthLimitedJSONParser
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
from apps.users.functions.public import get_person_acted_for
from apps.users.permissions import UUID_PATH_PATTERN, ActsForOtherUsersMixin


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
        person = get_person_acted_for(
            actor=self.actor, user_id=filters.validated_data.get("user_id")
        )
        return list_identities_for(actor=self.actor, person=person)

    def get_object(self) -> Identity:
        return get_identity_for(actor=self.actor, identity_id=self.row_id)

    @extend_schema(request=IdentityCreateInputSerializer, responses={201: IdentityOutputSerializer})
    def create(self, request: Request) -> Response:
        person = self.person_acted_for_in_body()
        serializer = IdentityCreateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data.pop("user_id", None)
        identity = create_identity(actor=self.actor, person=person, **data)
        return Response(IdentityOutputSerializer(identity).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=IdentityUpdateInputSerializer, responses=IdentityOutputSerializer)
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        serializer = IdentityUpdateInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        identity = update_identity(
            actor=self.actor, identity_id=self.row_id, data=serializer.validated_data
        )
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(responses={204: None})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        delete_identity(actor=self.actor, identity_id=self.row_id)
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
            actor=self.actor, identity_id=self.row_id, image_file=image, name=image.name
        )
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(request=None, responses={200: IdentityOutputSerializer, 404: OpenApiResponse()})
    @decorators.action(detail=True, methods=["DELETE"], url_path="delete-image")
    def delete_image(self, request: Request, pk: str | None = None) -> Response:
        identity = delete_identity_image(actor=self.actor, identity_id=self.row_id)
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(responses=IdentityImageVersionOutputSerializer(many=True))
    @decorators.action(detail=True, methods=["GET"], url_path="versions")
    def versions(self, request: Request, pk: str | None = None) -> Response:
        versions = list_identity_image_versions_for(actor=self.actor, identity_id=self.row_id)
        return Response(IdentityImageVersionOutputSerializer(versions, many=True).data)

    @extend_schema(request=None, responses=IdentityOutputSerializer)
    @decorators.action(
        detail=True,
        methods=["POST"],
        url_path=f"versions/(?P<version_id>{UUID_PATH_PATTERN})/restore",
    )
    def restore_version(self, request: Request, version_id: str, pk: str | None = None) -> Response:
        identity = restore_identity_image_version(
            actor=self.actor, identity_id=self.row_id, version_id=UUID(version_id)
        )
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(request=None, responses={204: None})
    @decorators.action(
        detail=True, methods=["DELETE"], url_path=f"versions/(?P<version_id>{UUID_PATH_PATTERN})"
    )
    def delete_version(self, request: Request, version_id: str, pk: str | None = None) -> Response:
        delete_identity_image_version(
            actor=self.actor, identity_id=self.row_id, version_id=UUID(version_id)
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
