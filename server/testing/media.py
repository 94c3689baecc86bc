"""Where a test's files go: its own local folder, or its own bucket on the local S3.

Tests read what is stored straight from the folder or the bucket, not through the code under
test, and hand the same storage to worker processes through the environment.
"""

import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

from .s3 import CREDENTIALS, REGION, MotoS3Server, S3Bucket, s3_storage_settings


class StoredMedia(Protocol):
    def names(self) -> list[str]:
        """Every stored file, as sorted storage names."""
        ...

    def exists(self, name: str) -> bool: ...

    def worker_env(self) -> dict[str, str]:
        """The environment that points a worker process at this storage."""
        ...

    def read_url(self, url: str, client: Client) -> bytes:
        """The bytes a browser gets from a file URL the API handed out (fails unless 200)."""
        ...

    def content_disposition(self, url: str, client: Client) -> str | None:
        """The Content-Disposition a browser gets with a file URL (fails unless 200)."""
        ...


class LocalMedia:
    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> list[str]:
        return sorted(
            str(path.relative_to(self.root)) for path in self.root.rglob("*") if path.is_file()
        )

    def exists(self, name: str) -> bool:
        return (self.root / name).is_file()

    def worker_env(self) -> dict[str, str]:
        return {"MEDIA_ROOT": str(self.root), "AWS_STORAGE_BUCKET_NAME": ""}

    def read_url(self, url: str, client: Client) -> bytes:
        assert urlsplit(url).path.startswith(settings.MEDIA_URL), url  # the signed media view
        response = client.get(url)
        assert response.status_code == 200, url
        return response.getvalue()

    def content_disposition(self, url: str, client: Client) -> str | None:
        assert urlsplit(url).path.startswith(settings.MEDIA_URL), url
        response = client.get(url)
        assert response.status_code == 200, url
        return response.get("Content-Disposition")


class S3Media:
    def __init__(self, bucket: S3Bucket) -> None:
        self.bucket = bucket

    def names(self) -> list[str]:
        return self.bucket.keys()

    def exists(self, name: str) -> bool:
        return name in self.names()

    def worker_env(self) -> dict[str, str]:
        return {
            "AWS_STORAGE_BUCKET_NAME": self.bucket.name,
            "AWS_S3_ENDPOINT_URL": self.bucket.endpoint_url,
            "AWS_S3_REGION_NAME": REGION,
            "AWS_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
            "AWS_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
        }

    def read_url(self, url: str, client: Client) -> bytes:
        assert url.startswith(f"{self.bucket.endpoint_url}/{self.bucket.name}/"), url
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local S3
            return bytes(response.read())

    def content_disposition(self, url: str, client: Client) -> str | None:
        assert url.startswith(f"{self.bucket.endpoint_url}/{self.bucket.name}/"), url
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local S3
            disposition: str | None = response.headers.get("Content-Disposition")
            return disposition


@contextmanager
def local_media(root: Path) -> Iterator[LocalMedia]:
    """Store files in `root` through the signed local storage."""
    root.mkdir(exist_ok=True)
    local = {
        "BACKEND": "apps.core.storage.SignedFileSystemStorage",
        "OPTIONS": {"location": root, "base_url": settings.MEDIA_URL, "allow_overwrite": True},
    }
    with override_settings(STORAGES={**settings.STORAGES, "default": local}, MEDIA_ROOT=root):
        yield LocalMedia(root)


@contextmanager
def s3_media(server: MotoS3Server) -> Iterator[S3Media]:
    """Store files in a fresh private bucket through django-storages' S3Storage."""
    bucket = server.create_bucket()
    storages = {**settings.STORAGES, "default": s3_storage_settings(bucket)}
    with override_settings(STORAGES=storages):
        yield S3Media(bucket)


def assert_storage_consistent() -> None:
    """`manage.py sweep_storage` finds no unreferenced file and no row whose file is missing."""
    out = StringIO()
    call_command("sweep_storage", stdout=out)
    assert out.getvalue().splitlines()[-1] == (
        "0 unreferenced file(s) found, 0 row(s) with a missing file."
    ), out.getvalue()
