from dataclasses import dataclass


@dataclass(frozen=True)
class ExportEntry:
    """One file of a person's data export: a stored file (`stored_name`, streamed from
    storage) or bytes made for the export (`content`, e.g. a JSON listing of rows)."""

    path: str  # inside the archive
    kind: str  # what it is: "reference_photo", "poster", "consent_history", ...
    id: str = ""  # the row it comes from, when it is one row's file
    stored_name: str = ""
    content: bytes = b""
