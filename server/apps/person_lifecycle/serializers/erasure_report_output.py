from rest_framework import serializers


class ErasureReportOutputSerializer(serializers.Serializer[object]):
    reference_photos = serializers.IntegerField()
    generation_jobs = serializers.IntegerField()
    generation_batches = serializers.IntegerField()
    identity_images = serializers.IntegerField()
    consent_records = serializers.IntegerField()
    consent_links = serializers.IntegerField()
    account_deleted = serializers.BooleanField()
    sessions = serializers.IntegerField(help_text="Sign-in sessions ended with the account.")
    files_removed = serializers.IntegerField()
    files_left = serializers.IntegerField(
        help_text="Files storage would not delete even after retries; sweep_storage lists them."
    )
