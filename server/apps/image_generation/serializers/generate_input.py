from rest_framework import serializers

from apps.image_generation.functions.admin import MAX_CANDIDATES

from .poster_format_input import PosterFormatInputSerializer


class GenerateInputSerializer(PosterFormatInputSerializer):
    """Format left out or blank: the configured default."""

    identity_id = serializers.UUIDField()
    user_id = serializers.UUIDField()
    additional_prompt = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )
    save_to_identity = serializers.BooleanField(required=False, default=False)
    count = serializers.IntegerField(
        required=False,
        default=1,
        min_value=1,
        max_value=MAX_CANDIDATES,
        help_text="How many candidate posters to draw, one provider call each.",
        error_messages={
            "min_value": f"Ask for between 1 and {MAX_CANDIDATES} posters at a time.",
            "max_value": f"Ask for between 1 and {MAX_CANDIDATES} posters at a time.",
        },
    )
