from django.contrib import admin

from apps.reference_images.models import ReferenceImage


@admin.register(ReferenceImage)
class ReferenceImageAdmin(admin.ModelAdmin[ReferenceImage]):
    list_display = ["user", "order", "name", "face_count", "updated_at"]
    search_fields = ["name", "user__email"]
    raw_id_fields = ["user"]
    readonly_fields = [
        "image",
        "image_width",
        "image_height",
        "model_image",
        "face_count",
        "face_box",
        "quality_warnings",
        "match_to_others",
        "created_at",
        "updated_at",
    ]
