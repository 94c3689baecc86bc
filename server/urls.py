from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from apps.core.views import serve_signed_media, spa_index
from apps.identities.views import IdentityViewSet, MyIdentityViewSet
from apps.image_generation.views import GenerationJobViewSet, ImageGenerationViewSet
from apps.person_lifecycle.views import ConsentLinkViewSet, PersonPrivacyViewSet
from apps.privacy.views import AuditEventViewSet, PrivacyViewSet
from apps.reference_images.views import ReferenceImageViewSet
from apps.test_scenario.views import TestUserViewSet
from apps.users.views import AuthViewSet, UserViewSet, throttled_admin_login

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register(r"auth", AuthViewSet, basename="auth")
router.register(r"users", UserViewSet, basename="users")
router.register(r"users", MyIdentityViewSet, basename="my-identities")
router.register(r"users", PersonPrivacyViewSet, basename="person-privacy")
router.register(r"identities", IdentityViewSet, basename="identities")
router.register(r"reference-images", ReferenceImageViewSet, basename="reference-images")
router.register(r"test-users", TestUserViewSet, basename="test-users")
router.register(r"image-generation/jobs", GenerationJobViewSet, basename="generation-jobs")
router.register(r"image-generation", ImageGenerationViewSet, basename="image-generation")
router.register(r"privacy", PrivacyViewSet, basename="privacy")
router.register(r"audit", AuditEventViewSet, basename="audit")

handler400 = "apps.core.views.bad_request"
handler404 = "apps.core.views.not_found"
handler500 = "apps.core.views.server_failure"

urlpatterns = [
    path("api/v1/", include(router.urls)),
    # A consent link's endpoints, which need no account (the token is the authority).
    path(
        "api/v1/consent/<str:token>/",
        ConsentLinkViewSet.as_view({"get": "retrieve", "post": "give"}),
        name="consent-link",
    ),
    path(
        "api/v1/consent/<str:token>/withdraw/",
        ConsentLinkViewSet.as_view({"post": "withdraw"}),
        name="consent-link-withdraw",
    ),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("admin/login/", throttled_admin_login),  # before the admin's own, which it wraps
    path("admin/", admin.site.urls),
    re_path(
        rf"^{settings.MEDIA_URL.lstrip('/')}(?P<name>.+)$", serve_signed_media, name="signed-media"
    ),
    # Every other path that is not an API, admin or file path is a client-side route.
    re_path(r"^(?!api/|admin/|static/|media/)(?P<path>.*)$", spa_index, name="spa"),
]
