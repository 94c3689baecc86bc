from .s3 import MotoS3Server, S3Bucket, s3_storage_settings

__all__ = ["MotoS3Server", "S3Bucket", "s3_storage_settings"]
