from .database_url import database_url
from .free_port import free_port
from .media import (
    LocalMedia,
    S3Media,
    StoredMedia,
    assert_storage_consistent,
    local_media,
    s3_media,
)
from .s3 import MotoS3Server, S3Bucket, s3_storage_settings
from .stack import RQ_TASKS, TEST_REDIS_URL, missing_service, production_stack
from .tcp_proxy import TcpProxy

__all__ = [
    "RQ_TASKS",
    "TEST_REDIS_URL",
    "LocalMedia",
    "MotoS3Server",
    "S3Bucket",
    "S3Media",
    "StoredMedia",
    "TcpProxy",
    "assert_storage_consistent",
    "database_url",
    "free_port",
    "local_media",
    "missing_service",
    "production_stack",
    "s3_media",
    "s3_storage_settings",
]
