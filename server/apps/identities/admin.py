from django.contrib import admin
from django.http import HttpRequest

from apps.identities.models import Identity, IdentityImageVersion


@admin.register(Identity)
class IdentityAdmin(admin.ModelAdmin[Identity]):
    list_display = ["name", "category", "user", "order", "updated_at"]
    list_filter = ["category"]
    search_fields = ["name", "i_am_statement", "user__email"]
    raw_id_fields = ["user"]
    # The image comes only through the upload pipeline (upload-image), never a raw admin upload.
    readonly_fields = [
        "image",
        "image_width",
        "image_height",
        "current_version",
        "created_at",
        "updated_at",
    ]


@admin.register(IdentityImageVersion)
class IdentityImageVersionAdmin(admin.ModelAdmin[IdentityImageVersion]):
    """Every image an identity has had: a record, listed, never added or changed here
    (versions come from uploads and saved posters). Deleting one, or a person with theirs,
    deletes its files."""

    list_display = ["__str__", "identity", "job", "created_by", "created_at"]
    search_fields = ["identity__name", "identity__user__email"]
    list_select_related = ["identity", "job", "created_by"]
    readonly_fields = [field.name for field in IdentityImageVersion._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(
        self, request: HttpRequest, obj: IdentityImageVersion | None = None
    ) -> bool:
        return False
