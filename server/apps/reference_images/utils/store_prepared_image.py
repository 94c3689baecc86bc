from dataclasses import asdict, dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from apps.core.utils import StoredImage, files_removed_on_failure, store_image_files
from apps.reference_images.models import ReferenceImage

from .prepare_reference_image import PreparedImage


@dataclass(frozen=True)
class StoredPreparedImage:
    """A prepared photo's files, stored, that no row refers to yet."""

    image: StoredImage
    model_image_name: str
    fields: dict[str, object]  # every field of a reference image that describes them

    @property
    def names(self) -> list[str]:
        return [*self.image.names, self.model_image_name]


def store_prepared_image(*, prepared: PreparedImage) -> StoredPreparedImage:
    """Store a prepared photo, its renditions and its model-ready copy, touching no row; run it
    outside any transaction. If anything fails, what was stored is removed again."""
    unsaved = ReferenceImage()
    model_image_field = ReferenceImage._meta.get_field("model_image")
    model_image_name = default_storage.save(
        model_image_field.generate_filename(unsaved, "model.jpg"),
        ContentFile(prepared.model_image_bytes),
    )
    with files_removed_on_failure([model_image_name]):
        image = store_image_files(instance=unsaved, data=prepared.image_bytes, name="reference.jpg")
    return StoredPreparedImage(
        image=image,
        model_image_name=model_image_name,
        fields={
            **image.fields,
            "model_image": model_image_name,
            "face_count": prepared.quality.faces,
            "face_box": prepared.quality.face_box,
            "quality_warnings": [asdict(warning) for warning in prepared.quality.warnings],
            "face_embedding": prepared.face_embedding,
        },
    )
