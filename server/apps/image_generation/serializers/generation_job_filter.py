from typing import Any

from rest_framework import serializers

from apps.image_generation.models import GenerationJob


class GenerationJobFilterSerializer(serializers.Serializer[Any]):
    identity_id = serializers.UUIDField(required=False)
    user_id = serializers.UUIDField(required=False)
    status = serializers.ChoiceField(choices=GenerationJob.Status.choices, required=False)
    batch_id = serializers.UUIDField(required=False)
    starred = serializers.BooleanField(required=False, allow_null=True, default=None)
    likeness = serializers.ChoiceField(
        choices=GenerationJob.LikenessVerdict.choices,
        required=False,
        help_text="Only posters with this likeness verdict (`pasted`: those whose face is a "
        "reference photo itself, whose likeness is no measure; the others leave them out).",
    )
