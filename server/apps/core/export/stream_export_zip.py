import hashlib
import json
from collections.abc import Iterator
from typing import Any

from zipstream import ZIP_STORED, ZipStream

from apps.core.storage import stream_stored_file

from .export_entry import ExportEntry

MANIFEST_PATH = "manifest.json"


def _counted(entry: ExportEntry, listed: list[dict[str, Any]]) -> Iterator[bytes]:
    """The entry's bytes; once they have all gone by, its size and SHA-256 are listed."""
    digest, size = hashlib.sha256(), 0
    chunks = stream_stored_file(name=entry.stored_name) if entry.stored_name else [entry.content]
    for chunk in chunks:
        digest.update(chunk)
        size += len(chunk)
        yield chunk
    listed.append(
        {
            "path": entry.path,
            "kind": entry.kind,
            "id": entry.id,
            "size": size,
            "sha256": digest.hexdigest(),
        }
    )


def _manifest(about: dict[str, Any], listed: list[dict[str, Any]]) -> Iterator[bytes]:
    """Made when the archive reaches it, last: by then every file before it was counted."""
    yield json.dumps({**about, "files": listed}, indent=2, ensure_ascii=False).encode()


def stream_export_zip(*, entries: list[ExportEntry], about: dict[str, Any]) -> Iterator[bytes]:
    """A ZIP of `entries`, made as it is sent: each stored file is read from storage a chunk
    at a time and never held whole, nor is the archive. It ends with `manifest.json`:
    `about`, and each file's path, kind, id, size and SHA-256, counted on the way.

    Stored, not compressed: the photos and posters are compressed images already.
    """
    archive = ZipStream(compress_type=ZIP_STORED)
    listed: list[dict[str, Any]] = []
    for entry in entries:
        archive.add(_counted(entry, listed), entry.path)
    archive.add(_manifest(about, listed), MANIFEST_PATH)
    yield from archive
