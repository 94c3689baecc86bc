from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from apps.users.models import User


def forget_admin_log_of(*, person: User) -> int:
    """Delete the Django admin's log entries a person wrote or that are about their account
    (their `object_repr` is the e-mail address); answers how many. The product's own audit
    log, which keeps ids only, is what stays."""
    about_them = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(person.pk)
    )
    deleted, _ = (LogEntry.objects.filter(user=person) | about_them).delete()
    return deleted
