from rest_framework import serializers


class GenerateInputSerializer(serializers.Serializer):
    identity_id = serializers.UUIDField()
    user_id = serializers.UUIDField()
    additional_prompt = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )
    aspect_ratio = serializers.CharField(max_length=8, required=False, allow_blank=True)
    resolution = serializers.CharField(max_length=4, required=False, allow_blank=True)
    save_to_identity = serializers.BooleanField(required=False, default=False)
