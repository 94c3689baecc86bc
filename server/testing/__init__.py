"""What the tests share and the product never imports: stored media, local S3, images, the
stack a run uses. The fake Gemini server is in fake_gemini/."""

from .database_url import database_url
from .free_port import free_port
from .images import (
    FIXTURE_IMAGES,
    fixture_image,
    image_bytes,
    jpeg_with_location,
    plain_upload,
    upload,
)
from .media import (
    LocalMedia,
    S3Media,
    StoredMedia,
    assert_storage_consistent,
    local_media,
    s3_media,
)
from .s3 import MotoS3Server, S3Bucket, s3_storage_settings
from .stack import RQ_TASKS, TEST_REDIS_URL, empty_test_redis, missing_service, production_stack
from .tcp_proxy import TcpProxy
from .upload_routes import UPLOAD_ROUTES, UploadRoute

__all__ = [
    "FIXTURE_IMAGES",
    "RQ_TASKS",
    "TEST_REDIS_URL",
    "UPLOAD_ROUTES",
    "LocalMedia",
    "MotoS3Server",
    "S3Bucket",
    "S3Media",
    "StoredMedia",
    "TcpProxy",
    "UploadRoute",
    "assert_storage_consistent",
    "database_url",
    "empty_test_redis",
    "fixture_image",
    "free_port",
    "image_bytes",
    "jpeg_with_location",
    "local_media",
    "missing_service",
    "plain_upload",
    "production_stack",
    "s3_media",
    "s3_storage_settings",
    "upload",
]
