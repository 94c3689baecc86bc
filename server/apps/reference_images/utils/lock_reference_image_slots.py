from apps.users.models import User


def lock_reference_image_slots(*, user: User) -> None:
    """Hold the owner's row until the transaction ends, so one change of slots runs at a time."""
    list(User.objects.select_for_update().filter(pk=user.pk).values_list("pk", flat=True))
