from django.utils import timezone
from django.utils.text import slugify

from apps.image_generation.models import GenerationJob

_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}


def poster_download_name(job: GenerationJob) -> str:
    """The name a downloaded poster is saved as: person, identity, day and number, as in
    `maya-okafor_creative-visionary_2026-12-02_1.jpg`.

    The number counts the identity's posters made that day, oldest first, so the day's
    downloads sort and never overwrite each other. A name with no Latin letters falls back
    to the e-mail's local part, then to a plain word.
    """
    user = job.user
    person = slugify(user.full_name) or slugify(user.email.split("@")[0]) or "person"
    identity = slugify(job.identity.name) or "identity"
    made = timezone.localtime(job.created_at)
    number = GenerationJob.objects.filter(
        identity_id=job.identity_id,
        created_at__date=made.date(),
        created_at__lte=job.created_at,
    ).count()
    extension = _EXTENSIONS.get(job.mime_type, "jpg")
    return f"{person}_{identity}_{made.date().isoformat()}_{number}.{extension}"
