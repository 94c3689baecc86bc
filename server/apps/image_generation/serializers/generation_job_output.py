from datetime import datetime
from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from apps.core.serializers import VersatileImageFieldWithSizes
from apps.image_generation.models import GenerationJob
from apps.image_generation.utils import job_deletes_at
from services.image_generation import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS

Unscored = GenerationJob.LikenessUnscored
_UNSCORED_REASONS = {
    Unscored.FACE_MATCHING_OFF: "Face matching is off for this person, so nothing was compared.",
    Unscored.NO_REFERENCE_FACES: "None of the photos sent shows a face to compare with.",
    Unscored.SCORER_FAILED: "The likeness could not be measured for this poster.",
}
_NOT_STORED = "The likeness is measured once the poster is stored."
_BEFORE_LIKENESS = "This poster was made before likeness was measured."


class GenerationJobOutputSerializer(serializers.ModelSerializer[GenerationJob]):
    status = serializers.ChoiceField(choices=GenerationJob.Status.choices, read_only=True)
    # Blank until the job has failed.
    error_code = serializers.ChoiceField(
        choices=GenerationJob.ErrorCode.choices, allow_blank=True, read_only=True
    )
    aspect_ratio = serializers.ChoiceField(choices=ALLOWED_ASPECT_RATIOS, read_only=True)
    resolution = serializers.ChoiceField(choices=ALLOWED_RESOLUTIONS, read_only=True)
    identity = serializers.SerializerMethodField()
    user = serializers.UUIDField(source="user_id", read_only=True)
    created_by = serializers.UUIDField(source="created_by_id", read_only=True, allow_null=True)
    reference_image_ids = serializers.ListField(child=serializers.UUIDField(), read_only=True)
    image = VersatileImageFieldWithSizes(allow_null=True)
    image_url = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()
    width = serializers.IntegerField(source="image_width", read_only=True, allow_null=True)
    height = serializers.IntegerField(source="image_height", read_only=True, allow_null=True)
    usage = serializers.SerializerMethodField()
    cost_usd = serializers.DecimalField(max_digits=10, decimal_places=4, read_only=True)
    batch = serializers.UUIDField(source="batch_id", read_only=True, allow_null=True)
    cancel_requested = serializers.SerializerMethodField()
    likeness = serializers.SerializerMethodField()
    likeness_unavailable_reason = serializers.SerializerMethodField()
    # The job this one refines; null for a fresh poster (or when the parent was deleted).
    parent_id = serializers.UUIDField(read_only=True, allow_null=True)
    provider_store = serializers.BooleanField(
        read_only=True,
        allow_null=True,
        help_text="false: the provider was asked to keep no log of the request (Gemini's "
        "store: false); null: nothing was sent to a provider (the offline poster), or the "
        "job is older than this record.",
    )
    deletes_at = serializers.SerializerMethodField(
        help_text="When retention deletes the job (its poster, or its failure and prompt); "
        "null once saved to the identity or starred, or while it has not ended."
    )

    class Meta:
        model = GenerationJob
        fields = (
            "id",
            "status",
            "batch",
            "starred",
            "cancel_requested",
            "identity",
            "user",
            "created_by",
            "provider",
            "provider_store",
            "model",
            "aspect_ratio",
            "resolution",
            "additional_prompt",
            "prompt",
            "parent_id",
            "instruction",
            "depth",
            "reference_image_ids",
            "image",
            "image_url",
            "download_url",
            "width",
            "height",
            "mime_type",
            "error_code",
            "error_message",
            "attempts",
            "usage",
            "cost_usd",
            "response_id",
            "model_version",
            "save_to_identity",
            "created_at",
            "started_at",
            "finished_at",
            "provider_ms",
            "saved_to_identity_at",
            "likeness",
            "likeness_unavailable_reason",
            "deletes_at",
        )
        read_only_fields = fields

    def to_representation(self, instance: GenerationJob) -> dict[str, Any]:
        data = super().to_representation(instance)
        shown = instance.shown_outcome
        data.update(
            status=shown.status, error_code=shown.error_code, error_message=shown.error_message
        )
        return data

    @extend_schema_field(
        inline_serializer(
            "GenerationJobIdentity",
            {"id": serializers.UUIDField(), "name": serializers.CharField()},
        )
    )
    def get_identity(self, job: GenerationJob) -> dict[str, Any]:
        return {"id": job.identity_id, "name": job.identity.name}

    def get_cancel_requested(self, job: GenerationJob) -> bool:
        """Asked to cancel while running: it ends cancelled when the provider answers."""
        return job.cancel_requested_at is not None

    def get_deletes_at(self, job: GenerationJob) -> datetime | None:
        return job_deletes_at(job)

    @extend_schema_field({"type": "string", "format": "uri-reference", "nullable": True})
    def get_image_url(self, job: GenerationJob) -> str | None:
        return job.image.url if job.image else None

    @extend_schema_field(
        {
            "type": "string",
            "format": "uri-reference",
            "nullable": True,
            "description": "Saves the poster under a filing name, and records the download.",
        }
    )
    def get_download_url(self, job: GenerationJob) -> str | None:
        return reverse("generation-jobs-download", args=[job.pk]) if job.image else None

    @extend_schema_field(
        inline_serializer(
            "GenerationJobUsage",
            {
                "prompt_tokens": serializers.IntegerField(),
                "output_tokens": serializers.IntegerField(),
                "total_tokens": serializers.IntegerField(),
            },
            allow_null=True,
        )
    )
    def get_usage(self, job: GenerationJob) -> dict[str, int] | None:
        if job.total_tokens is None:
            return None
        return {
            "prompt_tokens": job.prompt_tokens or 0,
            "output_tokens": job.output_tokens or 0,
            "total_tokens": job.total_tokens,
        }

    @extend_schema_field(
        inline_serializer(
            "GenerationJobLikeness",
            {
                "score": serializers.FloatField(
                    allow_null=True,
                    min_value=0,
                    max_value=1,
                    help_text="How much the poster's best face looks like the reference "
                    "photos sent (0-1); null when no face was found.",
                ),
                "verdict": serializers.ChoiceField(choices=GenerationJob.LikenessVerdict.choices),
                "faces": serializers.IntegerField(help_text="Faces found in the poster."),
                "scored_at": serializers.DateTimeField(),
            },
            allow_null=True,
        )
    )
    def get_likeness(self, job: GenerationJob) -> dict[str, Any] | None:
        if not job.likeness_verdict or job.likeness_scored_at is None:
            return None
        return {
            "score": job.likeness_score,
            "verdict": job.likeness_verdict,
            "faces": job.likeness_faces or 0,
            "scored_at": serializers.DateTimeField().to_representation(job.likeness_scored_at),
        }

    @extend_schema_field(
        {
            "type": "string",
            "nullable": True,
            "description": "Why `likeness` is null, in a sentence; null when it is set.",
        }
    )
    def get_likeness_unavailable_reason(self, job: GenerationJob) -> str | None:
        if job.likeness_verdict:
            return None
        if job.likeness_unscored:
            return _UNSCORED_REASONS[Unscored(job.likeness_unscored)]
        if job.status != GenerationJob.Status.SUCCEEDED:
            return _NOT_STORED
        return _BEFORE_LIKENESS
