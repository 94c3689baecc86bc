from rest_framework import serializers


class ConsentLinkStatusOutputSerializer(serializers.Serializer[object]):
    """Whether the person has a consent link that opens now (never its token again)."""

    live = serializers.SerializerMethodField()
    id = serializers.UUIDField(source="link.id", allow_null=True)
    created_at = serializers.DateTimeField(source="link.created_at", allow_null=True)
    expires_at = serializers.DateTimeField(source="link.expires_at", allow_null=True)
    created_by = serializers.UUIDField(source="link.created_by_id", allow_null=True)

    def get_live(self, status: object) -> bool:
        return getattr(status, "link", None) is not None
