from typing import Any

from rest_framework import serializers

from .generation_job_output import GenerationJobOutputSerializer


class GenerationBatchOutputSerializer(serializers.Serializer[Any]):
    """A started batch (`StartedBatch`): its id, how many candidates, their jobs, and what
    they are likely to cost together."""

    id = serializers.UUIDField(source="batch.id")
    count = serializers.IntegerField(source="batch.count")
    created_at = serializers.DateTimeField(source="batch.created_at")
    jobs = GenerationJobOutputSerializer(many=True)
    estimated_cost_usd = serializers.DecimalField(max_digits=10, decimal_places=4)
