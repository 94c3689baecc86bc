from typing import Any

from rest_framework import serializers

from services.image_generation import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS


class PosterFormatInputSerializer(serializers.Serializer[Any]):
    """The format fields of a poster request; left out or blank: the default."""

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
