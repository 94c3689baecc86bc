"""A stored file is read a chunk at a time, on local storage and on S3, where django-storages'
own file object would first download all of it into memory."""

import os

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from storages.backends.s3 import S3File

from apps.core.storage import stream_stored_file
from apps.core.tests.test_deleting_rows_deletes_their_files import files  # noqa: F401
from testing import StoredMedia


@pytest.fixture
def stored(files: StoredMedia) -> tuple[str, bytes]:  # noqa: F811
    data = os.urandom(3 * 256 * 1024 + 17)
    return default_storage.save("exports/large.bin", ContentFile(data)), data


def test_a_file_comes_in_chunks_and_whole(stored: tuple[str, bytes], monkeypatch) -> None:
    name, data = stored

    def whole_download(self: S3File) -> None:
        raise AssertionError("The whole object was downloaded into memory.")

    monkeypatch.setattr(S3File, "_get_file", whole_download)

    chunks = list(stream_stored_file(name=name, chunk_bytes=256 * 1024))

    assert b"".join(chunks) == data
    assert len(chunks) >= 4
    assert max(len(chunk) for chunk in chunks) <= 256 * 1024
