from apps.image_generation.models import GenerationJob
from apps.users.models import User


def forget_poster_likeness(*, person: User) -> int:
    """Delete the likeness scores of the person's posters, measured from their face, once face
    matching is withdrawn: each then reads as unscored because face matching is off. Returns
    how many posters had one."""
    return (
        GenerationJob.objects.filter(user=person)
        .exclude(likeness_verdict="")
        .update(
            likeness_score=None,
            likeness_verdict="",
            likeness_faces=None,
            likeness_scored_at=None,
            likeness_unscored=GenerationJob.LikenessUnscored.FACE_MATCHING_OFF,
        )
    )
