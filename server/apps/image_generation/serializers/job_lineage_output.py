from typing import Any

from rest_framework import serializers

from .generation_job_output import GenerationJobOutputSerializer


class JobLineageStepOutputSerializer(serializers.Serializer[Any]):
    job = GenerationJobOutputSerializer()
    children = GenerationJobOutputSerializer(many=True)


class JobLineageOutputSerializer(serializers.Serializer[Any]):
    # From the first poster to the job asked about.
    chain = JobLineageStepOutputSerializer(many=True)
