from typing import cast

from drf_spectacular.utils import extend_schema
from rest_framework import decorators, status
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import ViewSet

from apps.core.views import IDEMPOTENCY_KEY_PARAMETER, idempotent
from apps.image_generation.functions.admin import (
    generate_identity_image,
    get_generation_options,
    list_available_users,
)
from apps.image_generation.serializers import (
    AvailableUserOutputSerializer,
    GenerateInputSerializer,
    GenerationBatchOutputSerializer,
    GenerationOptionsOutputSerializer,
)
from apps.image_generation.throttles import GenerationRateThrottle
from apps.users.models import User


class ImageGenerationViewSet(ViewSet):
    """Admins only: whom to draw for, what may be asked, and starting a generation."""

    permission_classes = [IsAuthenticated, IsAdminUser]

    @extend_schema(responses=AvailableUserOutputSerializer(many=True))
    @decorators.action(detail=False, methods=["GET"], url_path="users")
    def list_users(self, request: Request) -> Response:
        users = list_available_users(current_user=cast(User, request.user))
        return Response(AvailableUserOutputSerializer(users, many=True).data)

    @extend_schema(responses=GenerationOptionsOutputSerializer)
    @decorators.action(detail=False, methods=["GET"], url_path="options")
    def generation_options(self, request: Request) -> Response:
        return Response(GenerationOptionsOutputSerializer(get_generation_options()).data)

    @extend_schema(
        request=GenerateInputSerializer,
        responses={202: GenerationBatchOutputSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @decorators.action(detail=False, methods=["POST"], throttle_classes=[GenerationRateThrottle])
    @idempotent(
        subject_of=lambda batch: batch["jobs"][0]["user"], input_serializer=GenerateInputSerializer
    )
    def generate(self, request: Request) -> Response:
        serializer = GenerateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        started = generate_identity_image(
            created_by=cast(User, request.user), **serializer.validated_data
        )
        return Response(
            GenerationBatchOutputSerializer(started).data, status=status.HTTP_202_ACCEPTED
        )
