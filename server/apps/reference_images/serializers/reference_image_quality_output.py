from typing import Any

from rest_framework import serializers

QUALITY_WARNING_CODES = ("no_face", "multiple_faces", "face_too_small", "low_resolution")


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
    warnings = ReferenceImageQualityWarningOutputSerializer(many=True, source="quality_warnings")
