from .export_entry import ExportEntry
from .rows_as_json import rows_as_json
from .stream_export_zip import MANIFEST_PATH, stream_export_zip

__all__ = ["MANIFEST_PATH", "ExportEntry", "rows_as_json", "stream_export_zip"]
