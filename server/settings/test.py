"""Test overrides only."""

import os
import tempfile

os.environ.setdefault(
    "DJANGO_SECRET_KEY", "test-secret-key-that-is-long-enough-for-hmac-0123456789"
)
os.environ.setdefault("PRIVACY_CONTROLLER_NAME", "Studio Test Ltd")
os.environ.setdefault("PRIVACY_CONTACT_EMAIL", "privacy@studio.example")
os.environ.setdefault("TASKS_BACKEND", "immediate")
os.environ.setdefault("IMAGE_PROVIDER", "local")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="iis-test-media-"))

from settings.common import *  # noqa: F403
from settings.common import DATABASES, REST_FRAMEWORK, STORAGES

DEBUG = False
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {
        "login": "1000/min",
        "login_account": "1000/min",
        "generation": "1000/min",
        "consent_link": "1000/min",
    },
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not shared in-memory SQLite: threads and the live server then use their own
    # connections and queue for the write lock, as in production,
    # and a worker process started by a test sees the test database.
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.mkdtemp(prefix="iis-test-db-"), "test.sqlite3")
    }
WHITENOISE_AUTOREFRESH = True  # no collectstatic before tests
