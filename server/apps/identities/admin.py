from django.contrib import admin

from apps.identities.models import Identity


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
