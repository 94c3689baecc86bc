from rest_framework import serializers


class GenerationOptionsOutputSerializer(serializers.Serializer):
    provider = serializers.CharField()
    model = serializers.CharField()
    aspect_ratios = serializers.ListField(child=serializers.CharField())
    resolutions = serializers.ListField(child=serializers.CharField())
    default_aspect_ratio = serializers.CharField()
    default_resolution = serializers.CharField()
    estimated_cost_usd = serializers.DictField(
        child=serializers.DecimalField(max_digits=10, decimal_places=4)
    )
