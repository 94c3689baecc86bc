from django.contrib import admin

from apps.image_generation.models import GenerationJob


@admin.register(GenerationJob)
class GenerationJobAdmin(admin.ModelAdmin[GenerationJob]):
    list_display = ["id", "identity", "user", "status", "provider", "resolution", "created_at"]
    list_filter = ["status", "provider", "resolution"]
    search_fields = ["identity__name", "user__email", "error_code"]
    raw_id_fields = ["created_by", "user", "identity"]
    readonly_fields = [field.name for field in GenerationJob._meta.fields]
