from typing import Any

from django.core.management.base import BaseCommand

from apps.reference_images.functions.system import embed_missing_face_embeddings


class Command(BaseCommand):
    help = (
        "Compute the face embedding of every reference photo stored without one (photos "
        "stored before faces were embedded), then compare each person's photos again. Safe "
        "to run at any time; photos already embedded are left alone."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        counted = embed_missing_face_embeddings()
        self.stdout.write(
            f"{counted.embedded} reference photo(s) embedded, "
            f"{counted.without_face} without a face."
        )
