from typing import Any

from rest_framework import serializers

from services.image_generation import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS

from .task_worker_status_output import TaskWorkerStatusOutputSerializer


class GenerationOptionsOutputSerializer(serializers.Serializer[Any]):
    provider = serializers.CharField()
    model = serializers.CharField()
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
