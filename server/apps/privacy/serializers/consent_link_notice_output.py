from rest_framework import serializers


class ConsentLinkNoticeOutputSerializer(serializers.Serializer[object]):
    """The notice as a consent link shows it, with the hash of its exact text."""

    version = serializers.CharField()
    text = serializers.CharField(help_text="The notice in full, paragraphs split by blank lines.")
    text_sha256 = serializers.CharField(
        help_text="SHA-256 of `text` (hex): send it back with the consent, as proof of what "
        "was shown."
    )
    provider = serializers.CharField(help_text="The image provider the notice names.")
