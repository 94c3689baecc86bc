from rest_framework import serializers

from .poster_format_input import PosterFormatInputSerializer


class RefineInputSerializer(PosterFormatInputSerializer):
    """Format left out or blank: the parent's."""

    instruction = serializers.CharField(
        min_length=1,
        max_length=1000,
        error_messages={
            "blank": "Say how the poster should change.",
            "required": "Say how the poster should change.",
            "max_length": "Keep the instruction to at most 1000 characters.",
        },
    )
