from typing import Any

from rest_framework import serializers

from services.image_generation import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS


class RefineInputSerializer(serializers.Serializer[Any]):
    instruction = serializers.CharField(
        min_length=1,
        max_length=1000,
        error_messages={
            "blank": "Say how the poster should change.",
            "required": "Say how the poster should change.",
            "max_length": "Keep the instruction to at most 1000 characters.",
        },
    )
    # Left out or blank: the parent's.
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
