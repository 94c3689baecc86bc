from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import decorators, mixins, status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.parsers import DepthLimitedJSONParser
from apps.reference_images.functions.public import (
    create_reference_image,
    delete_reference_image,
    get_reference_image_for,
    list_reference_images_for,
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
from apps.users.functions.public import get_person_acted_for
from apps.users.permissions import ActsForOtherUsersMixin


@extend_schema_view(
    list=extend_schema(parameters=[ReferenceImageFilterSerializer]),
    retrieve=extend_schema(responses=ReferenceImageOutputSerializer),
)
class ReferenceImageViewSet(
    ActsForOtherUsersMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    GenericViewSet[ReferenceImage],
):
    """A user's reference photos (five slots): owners manage their own; staff anyone's."""

    serializer_class = ReferenceImageOutputSerializer
    pagination_class = None  # one list, as the page shows them all
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser, DepthLimitedJSONParser]

    def get_queryset(self) -> QuerySet[ReferenceImage]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return ReferenceImage.objects.none()
        filters = ReferenceImageFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        person = get_person_acted_for(
            actor=self.actor, user_id=filters.validated_data.get("user_id")
        )
        return list_reference_images_for(actor=self.actor, person=person)

    def get_object(self) -> ReferenceImage:
        return get_reference_image_for(actor=self.actor, reference_image_id=self.row_id)

    @extend_schema(
        request={"multipart/form-data": ReferenceImageCreateInputSerializer},
        responses={201: ReferenceImageOutputSerializer},
    )
    def create(self, request: Request) -> Response:
        person = self.person_acted_for_in_body()
        serializer = ReferenceImageCreateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data.pop("user_id", None)
        image = create_reference_image(
            actor=self.actor, person=person, image_file=data.pop("image"), **data
        )
        return Response(ReferenceImageOutputSerializer(image).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=ReferenceImageUpdateInputSerializer, responses=ReferenceImageOutputSerializer
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        serializer = ReferenceImageUpdateInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        image = update_reference_image(
            actor=self.actor, reference_image_id=self.row_id, data=serializer.validated_data
        )
        return Response(ReferenceImageOutputSerializer(image).data)

    @extend_schema(responses={204: None})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        delete_reference_image(actor=self.actor, reference_image_id=self.row_id)
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
            actor=self.actor,
            reference_image_id=self.row_id,
            image_file=serializer.validated_data["image"],
            name=serializer.validated_data.get("name"),
        )
        return Response(ReferenceImageOutputSerializer(image).data)
