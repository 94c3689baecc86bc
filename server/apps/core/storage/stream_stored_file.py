from collections.abc import Iterator

from django.core.files.storage import default_storage

CHUNK_BYTES = 1024 * 1024


def stream_stored_file(*, name: str, chunk_bytes: int = CHUNK_BYTES) -> Iterator[bytes]:
    """A stored file's bytes, a chunk at a time, never the whole file in memory.

    On S3 the object's body is read as it arrives: reading django-storages' file object
    would first download all of it into memory.
    """
    with default_storage.open(name, "rb") as stored:
        s3_object = getattr(stored, "obj", None)
        if s3_object is None:
            while chunk := stored.read(chunk_bytes):
                yield chunk
            return
        body = s3_object.get()["Body"]
        try:
            yield from body.iter_chunks(chunk_bytes)
        finally:
            body.close()
