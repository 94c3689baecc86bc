"""A local S3 for tests: moto in server mode, reached over HTTP like the real service."""

import logging
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from uuid import uuid4

import boto3

CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
REGION = "us-east-1"


class MotoS3Server:
    """moto's threaded server on 127.0.0.1, on a free port."""

    def __init__(self) -> None:
        from moto.server import ThreadedMotoServer

        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self.endpoint_url = ""

    def __enter__(self) -> "MotoS3Server":
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request else
        self._server.start()
        host, port = self._server.get_host_and_port()
        self.endpoint_url = f"http://{host}:{port}"
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.stop()

    def client(self) -> Any:
        return boto3.client("s3", endpoint_url=self.endpoint_url, region_name=REGION, **CREDENTIALS)

    def create_bucket(self) -> "S3Bucket":
        """A fresh, private, empty bucket."""
        name = f"test-{uuid4().hex}"
        client = self.client()
        client.create_bucket(Bucket=name, ACL="private")
        return S3Bucket(name=name, endpoint_url=self.endpoint_url, client=client)


@dataclass
class S3Bucket:
    name: str
    endpoint_url: str
    client: Any

    def keys(self) -> list[str]:
        response = self.client.list_objects_v2(Bucket=self.name)
        return sorted(item["Key"] for item in response.get("Contents", []))

    def key_count(self) -> int:
        return int(self.client.list_objects_v2(Bucket=self.name)["KeyCount"])

    def empty(self) -> None:
        """Delete every object (a listing holds at most 1,000 keys, hence the loop)."""
        while keys := self.keys():
            objects = [{"Key": key} for key in keys]
            self.client.delete_objects(Bucket=self.name, Delete={"Objects": objects, "Quiet": True})


def s3_storage_settings(bucket: S3Bucket) -> dict[str, Any]:
    """The default storage entry of STORAGES for `bucket`, as production configures S3."""
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket.name,
            "endpoint_url": bucket.endpoint_url,
            "region_name": REGION,
            "access_key": CREDENTIALS["aws_access_key_id"],
            "secret_key": CREDENTIALS["aws_secret_access_key"],
            "addressing_style": "path",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 3600,
            "file_overwrite": True,
        },
    }
