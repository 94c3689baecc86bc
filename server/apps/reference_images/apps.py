from django.apps import AppConfig


class ReferenceImagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.reference_images"
