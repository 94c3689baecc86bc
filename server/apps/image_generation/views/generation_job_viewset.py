from typing import cast
from uuid import UUID

from django.db.models import QuerySet
from django.http import HttpResponseRedirect
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import decorators, mixins, status
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.views import IDEMPOTENCY_KEY_PARAMETER, idempotent
from apps.identities.serializers import IdentityOutputSerializer
from apps.image_generation.functions.admin import (
    cancel_generation_job,
    download_generation_job,
    get_generation_job,
    get_job_lineage,
    list_generation_jobs,
    refine_generation_job,
    save_image_to_identity,
    set_generation_job_starred,
)
from apps.image_generation.models import GenerationJob
from apps.image_generation.serializers import (
    GenerationJobFilterSerializer,
    GenerationJobOutputSerializer,
    JobLineageOutputSerializer,
    RefineInputSerializer,
)
from apps.image_generation.throttles import GenerationRateThrottle
from apps.users.models import User
from apps.users.permissions import UUID_PATH_PATTERN


@extend_schema_view(list=extend_schema(parameters=[GenerationJobFilterSerializer]))
class GenerationJobViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, GenericViewSet[GenerationJob]
):
    """Admins only: generation jobs, newest first; saving a result onto its identity,
    cancelling, starring, refining one, its lineage, and downloading its poster."""

    permission_classes = [IsAuthenticated, IsAdminUser]
    serializer_class = GenerationJobOutputSerializer
    lookup_value_regex = UUID_PATH_PATTERN

    def get_queryset(self) -> QuerySet[GenerationJob]:
        if getattr(self, "swagger_fake_view", False):  # schema generation
            return GenerationJob.objects.none()
        filters = GenerationJobFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return list_generation_jobs(**filters.validated_data)

    def get_object(self) -> GenerationJob:
        return get_generation_job(job_id=UUID(self.kwargs["pk"]))

    @extend_schema(
        request=None, responses=IdentityOutputSerializer, parameters=[IDEMPOTENCY_KEY_PARAMETER]
    )
    @decorators.action(detail=True, methods=["POST"], url_path="save-to-identity")
    @idempotent(subject_of=lambda answer: answer["user"])
    def save_to_identity(self, request: Request, pk: str | None = None) -> Response:
        identity = save_image_to_identity(job_id=UUID(str(pk)), saved_by=cast(User, request.user))
        return Response(IdentityOutputSerializer(identity).data)

    @extend_schema(request=None, responses=GenerationJobOutputSerializer)
    @decorators.action(detail=True, methods=["POST"])
    def cancel(self, request: Request, pk: str | None = None) -> Response:
        job = cancel_generation_job(job_id=UUID(str(pk)))
        return Response(GenerationJobOutputSerializer(job).data)

    @extend_schema(
        methods=["POST", "DELETE"], request=None, responses={200: GenerationJobOutputSerializer}
    )
    @decorators.action(detail=True, methods=["POST", "DELETE"])
    def star(self, request: Request, pk: str | None = None) -> Response:
        job = set_generation_job_starred(job_id=UUID(str(pk)), starred=request.method == "POST")
        return Response(GenerationJobOutputSerializer(job).data)

    @extend_schema(
        request=RefineInputSerializer,
        responses={202: GenerationJobOutputSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @decorators.action(detail=True, methods=["POST"], throttle_classes=[GenerationRateThrottle])
    @idempotent(subject_of=lambda answer: answer["user"], input_serializer=RefineInputSerializer)
    def refine(self, request: Request, pk: str | None = None) -> Response:
        serializer = RefineInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        job = refine_generation_job(
            created_by=cast(User, request.user), job_id=UUID(str(pk)), **serializer.validated_data
        )
        return Response(GenerationJobOutputSerializer(job).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(
        responses={
            302: OpenApiResponse(
                description="To a short-lived URL that saves the poster as "
                "person_identity_date_number.jpg (Content-Disposition: attachment)."
            )
        }
    )
    @decorators.action(detail=True, methods=["GET"])
    def download(self, request: Request, pk: str | None = None) -> HttpResponseRedirect:
        response = HttpResponseRedirect(download_generation_job(job_id=UUID(str(pk))))
        response["Cache-Control"] = "no-store"  # every download is its own audited event
        return response

    @extend_schema(responses=JobLineageOutputSerializer)
    @decorators.action(detail=True, methods=["GET"])
    def lineage(self, request: Request, pk: str | None = None) -> Response:
        chain = get_job_lineage(job_id=UUID(str(pk)))
        return Response(JobLineageOutputSerializer({"chain": chain}).data)
