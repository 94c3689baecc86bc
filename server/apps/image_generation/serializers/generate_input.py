from typing import Any

from rest_framework import serializers

from services.image_generation import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS


class GenerateInputSerializer(serializers.Serializer[Any]):
    identity_id = serializers.UUIDField()
    user_id = serializers.UUIDField()
    additional_prompt = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )
    # Left out or blank: the configured default.
    aspect_ratio = serializers.ChoiceField(
        choices=ALLOWED_ASPECT_RATIOS,
        required=False,
        allow_blank=True,
        error_messages={"invalid_choice": f"Must be one of {', '.join(ALLOWED_ASPECT_RATIOS)}."},
    )
    resolution = serializers.ChoiceField(
        choices=ALLOWED_RESOLUTIONS,
        required=False,
        allow_blank=True,
        error_messages={"invalid_choice": f"Must be one of {', '.join(ALLOWED_RESOLUTIONS)}."},
    )
    save_to_identity = serializers.BooleanField(required=False, default=False)
