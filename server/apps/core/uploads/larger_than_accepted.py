from django.conf import settings

from apps.core.utils import format_byte_sizes


def larger_than_accepted() -> str:
    """The refusal of a file over IMAGE_UPLOAD_MAX_BYTES, said without the file's own size
    (not known while it streams in, nor to a page checking before it sends)."""
    (limit,) = format_byte_sizes(sizes=[settings.IMAGE_UPLOAD_MAX_BYTES])
    return f"This file is larger than {limit}, the largest image accepted."
