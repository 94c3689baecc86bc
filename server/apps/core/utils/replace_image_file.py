from django.core.files import File
from django.core.files.storage import default_storage
from django.db import models

from .delete_files_on_commit import delete_files_on_commit
from .image_file_names import image_file_names
from .warm_image_renditions import warm_image_renditions


def replace_image_file(*, instance: models.Model, file: File[bytes], name: str) -> None:
    """Store `file` as the instance's image with its renditions, then retire the old files.

    The bytes are stored as they are: only for files the app made itself (a generated
    poster) or that went through the upload pipeline (`apps.core.uploads`) first.

    The new file is stored first; the old files are deleted only after the transaction
    commits, so a failure at any point leaves the old image intact.
    """
    old_names = image_file_names(instance.image)  # type: ignore[attr-defined]
    file.seek(0)
    data = file.read()
    instance.image.save(name, file, save=False)  # type: ignore[attr-defined]
    try:
        instance.save()
        warm_image_renditions(image=instance.image, data=data)  # type: ignore[attr-defined]
    except BaseException:
        for stored in image_file_names(instance.image):  # type: ignore[attr-defined]
            default_storage.delete(stored)
        raise
    delete_files_on_commit(old_names)
