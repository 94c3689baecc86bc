from typing import Any

from rest_framework import serializers

from apps.reference_images.utils import QUALITY_WARNING_CODES


class ReferenceImageQualityWarningOutputSerializer(serializers.Serializer[Any]):
    code = serializers.ChoiceField(choices=QUALITY_WARNING_CODES)
    message = serializers.CharField()


class ReferenceImageQualityOutputSerializer(serializers.Serializer[Any]):
    faces = serializers.IntegerField(source="face_count", allow_null=True)
    face_box = serializers.ListField(
        child=serializers.IntegerField(),
        min_length=4,
        max_length=4,
        allow_null=True,
        help_text="[x, y, width, height] of the largest face, in the stored photo's pixels.",
    )
    match_to_others = serializers.FloatField(
        allow_null=True,
        min_value=0,
        max_value=1,
        help_text="How much this photo's face looks like the person's other photos' faces "
        "(0-1); null with fewer than two photos with a face, or when faces are not matched.",
    )
    warnings = ReferenceImageQualityWarningOutputSerializer(many=True, source="quality_warnings")
