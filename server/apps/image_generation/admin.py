from django.contrib import admin
from django.http import HttpRequest

from apps.image_generation.models import GenerationJob


@admin.register(GenerationJob)
class GenerationJobAdmin(admin.ModelAdmin[GenerationJob]):
    list_display = ["__str__", "user", "status", "provider", "resolution", "created_at"]
    list_filter = ["status", "provider", "resolution"]
    search_fields = ["identity__name", "user__email", "error_code"]
    raw_id_fields = ["created_by", "user", "identity"]
    list_select_related = ["identity", "user"]
    readonly_fields = [field.name for field in GenerationJob._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        """Jobs are made by generate and refine, which check consent, budget and the rate."""
        return False

    def has_change_permission(self, request: HttpRequest, obj: GenerationJob | None = None) -> bool:
        """A finished job is a record: shown, never changed (its files and cost are final)."""
        if obj is not None and obj.status in GenerationJob.FINISHED:
            return False
        return super().has_change_permission(request, obj)
