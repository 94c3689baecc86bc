from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from apps.privacy.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    """Shown, never added, changed or deleted here: the log is append-only.

    (Consent is not in the admin at all: it is recorded and withdrawn through the API, with
    its audit event, and goes with its person when an account is deleted.)
    """

    list_display = ["at", "action", "actor_id", "subject_user_id", "object_type", "object_id"]
    list_filter = ["action"]
    search_fields = ["subject_user_id", "actor_id", "object_id"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
