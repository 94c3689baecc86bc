from django.db import transaction

from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import lock_reference_image_slots, refresh_match_to_others
from apps.users.models import User


@transaction.atomic
def forget_face_embeddings(*, person: User) -> int:
    """Delete a person's face embeddings (the biometric data) and, with them, the photos'
    one-person comparison; answers how many there were."""
    lock_reference_image_slots(user=person)
    forgotten = ReferenceImage.objects.filter(user=person, face_embedding__isnull=False).update(
        face_embedding=None
    )
    refresh_match_to_others(user=person)
    return forgotten
