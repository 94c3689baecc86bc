from typing import Any

from rest_framework import serializers

from apps.image_generation.models import GenerationJob
from services.image_generation import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS

from .task_worker_status_output import TaskWorkerStatusOutputSerializer


class PhotoLimitsOutputSerializer(serializers.Serializer[Any]):
    max_photos = serializers.IntegerField()
    max_bytes = serializers.IntegerField()
    max_size = serializers.CharField(help_text='max_bytes as a person reads it: "20 MB".')
    max_megapixels = serializers.IntegerField()
    min_short_side_px = serializers.IntegerField(help_text="Refused below this.")
    recommended_short_side_px = serializers.IntegerField(help_text="Warned below this.")
    accepted_formats = serializers.ListField(
        child=serializers.CharField(), help_text="As a person names them: JPEG, PNG, ..."
    )
    too_large_refusal = serializers.CharField(
        help_text="What the upload answers to a file over max_bytes."
    )
    wrong_format_refusal = serializers.CharField(
        help_text="What the upload answers to a file in no accepted format."
    )


class GenerationOptionsOutputSerializer(serializers.Serializer[Any]):
    provider = serializers.CharField()
    model = serializers.CharField()
    provider_uses_additional_prompt = serializers.BooleanField(
        help_text="False for the offline poster, which draws the title and tagline only."
    )
    aspect_ratios = serializers.ListField(
        child=serializers.ChoiceField(choices=ALLOWED_ASPECT_RATIOS)
    )
    resolutions = serializers.ListField(child=serializers.ChoiceField(choices=ALLOWED_RESOLUTIONS))
    default_aspect_ratio = serializers.ChoiceField(choices=ALLOWED_ASPECT_RATIOS)
    default_resolution = serializers.ChoiceField(choices=ALLOWED_RESOLUTIONS)
    estimated_cost_usd = serializers.DictField(
        child=serializers.DecimalField(max_digits=10, decimal_places=4)
    )
    worker = TaskWorkerStatusOutputSerializer()
    photo_limits = PhotoLimitsOutputSerializer()
    max_candidates = serializers.IntegerField(
        help_text="The most posters one generate may ask for."
    )
    finished_statuses = serializers.ListField(
        child=serializers.ChoiceField(choices=GenerationJob.Status.choices),
        help_text="The statuses a job never leaves: no need to poll it any longer.",
    )
