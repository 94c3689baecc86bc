from typing import cast

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import decorators, mixins, status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.permissions import ActsForOtherUsersMixin, IsOwnerOrStaff
from apps.reference_images.functions.admin import create_reference_image_for_user
from apps.reference_images.functions.public import (
    create_reference_image,
    delete_reference_image,
    list_reference_images_visible_to,
    update_reference_image,
    upload_reference_image,
)
from apps.reference_images.models import ReferenceImage
from apps.reference_images.serializers import (
    ReferenceImageCreateInputSerializer,
    ReferenceImageFilterSerializer,
    ReferenceImageImageInputSerializer,
    ReferenceImageOutputSerializer,
    ReferenceImageUpdateInputSerializer,
)
from apps.users.models import User


@extend_schema_view(
    list=extend_schema(parameters=[ReferenceImageFilterSerializer]),
    retrieve=extend_schema(responses=ReferenceImageOutputSerializer),
)
class ReferenceImageViewSet(
    ActsForOtherUsersMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, GenericViewSet
):
    """A user's reference photos (five slots): owners manage their own; staff anyone's."""

    serializer_class = ReferenceImageOutputSerializer
    permission_classes = [IsAuthenticated, IsOwnerOrStaff]
    parser_classes = [MultiPartParser, JSONParser]

    def get_queryset(self) -> QuerySet[ReferenceImage]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return ReferenceImage.objects.none()
        owner_id = None
        if self.action == "list":
            filters = ReferenceImageFilterSerializer(data=self.request.query_params)
            filters.is_valid(raise_exception=True)
            owner_id = filters.validated_data.get("user_id", self.request.user.pk)
        return list_reference_images_visible_to(
            user=cast(User, self.request.user), owner_id=owner_id
        )

    @extend_schema(
        request={"multipart/form-data": ReferenceImageCreateInputSerializer},
        responses={201: ReferenceImageOutputSerializer},
    )
    def create(self, request: Request) -> Response:
        serializer = ReferenceImageCreateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        user_id = data.pop("user_id", None)
        image_file = data.pop("image")
        if user_id is not None and user_id != request.user.pk:
            self.permission_denied_unless_staff(request)
            image = create_reference_image_for_user(user_id=user_id, image_file=image_file, **data)
        else:
            image = create_reference_image(
                user=cast(User, request.user), image_file=image_file, **data
            )
        return Response(ReferenceImageOutputSerializer(image).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=ReferenceImageUpdateInputSerializer, responses=ReferenceImageOutputSerializer
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        serializer = ReferenceImageUpdateInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        image = update_reference_image(
            reference_image=self.get_object(), data=serializer.validated_data
        )
        return Response(ReferenceImageOutputSerializer(image).data)

    @extend_schema(responses={204: None})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        delete_reference_image(reference_image=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        request={"multipart/form-data": ReferenceImageImageInputSerializer},
        responses=ReferenceImageOutputSerializer,
    )
    @decorators.action(
        detail=True, methods=["POST"], url_path="upload-image", parser_classes=[MultiPartParser]
    )
    def upload_image(self, request: Request, pk: str | None = None) -> Response:
        serializer = ReferenceImageImageInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        image = upload_reference_image(
            reference_image=self.get_object(), image_file=serializer.validated_data["image"]
        )
        return Response(ReferenceImageOutputSerializer(image).data)
