"""Every setting, read from the environment (see README and .env.example).

An empty variable means its default, so a copied .env.example works as it is.
"""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import environ

from settings.env import REPO_DIR, SERVER_DIR, env, retention_setting

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local work).")
    SECRET_KEY = "insecure-local-development-key-" + "x" * 32
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# How many reverse proxies of ours stand in front of the app: only then are X-Forwarded-For
# (the client's address) and X-Forwarded-Proto believed, and only the values they appended.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# The addresses gunicorn believes X-Forwarded-Proto from (it decides whether a request came
# over HTTPS before Django sees it): none without a proxy of ours, else FORWARDED_ALLOW_IPS.
FORWARDED_ALLOW_IPS = (
    env.str("FORWARDED_ALLOW_IPS", default="127.0.0.1") if TRUSTED_PROXY_COUNT else ""
)

DATA_DIR = Path(env.str("DATA_DIR", default="") or REPO_DIR / "data")
DATA_DIR.mkdir(parents=True, exist_ok=True)  # the default SQLite file and local media live here

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "versatileimagefield",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "apps.core",
    "apps.users",
    "apps.identities",
    "apps.test_scenario",
    "apps.reference_images",
    "apps.image_generation",
    "apps.privacy",
    "apps.person_lifecycle",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's CommonMiddleware, but a write under /api/ without its trailing slash is a JSON
    # 404 naming the right URL, not a redirect that loses the method (or, in DEBUG, a 500).
    "apps.core.middleware.ApiCommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Lets audit events name the acting user and address of the request being served.
    "apps.privacy.audit.CurrentRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "apps.core.middleware.DatabaseErrorMiddleware",
]

ROOT_URLCONF = "urls"
WSGI_APPLICATION = "wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": environ.Env.db_url_config(
        env.str("DATABASE_URL", default="") or f"sqlite:///{DATA_DIR / 'db.sqlite3'}"
    ),
}
# No ATOMIC_REQUESTS: every write function is atomic itself, so reads run outside any
# transaction (on SQLite, whose transactions are IMMEDIATE, a read then never queues for the
# write lock).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue for the lock (up to `timeout` seconds) instead of failing with
    # "database is locked" when the web server and the worker write at the same time; in
    # WAL mode readers never wait for a writer, nor a writer for readers.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("SQLITE_TIMEOUT_S", default=20),
            "init_command": "PRAGMA journal_mode=WAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Static files: the admin's and the built client (client/dist), served by WhiteNoise.
STATIC_URL = "/static/"
STATIC_ROOT = SERVER_DIR / "staticfiles"
CLIENT_DIST_DIR = REPO_DIR / "client" / "dist"
WHITENOISE_ROOT = CLIENT_DIST_DIR if CLIENT_DIST_DIR.is_dir() else None

# Media: private. Local files are served only through signed, expiring URLs; S3 objects are
# private and reached through presigned URLs.
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default="") or DATA_DIR / "media")
MEDIA_URL = "/media/"
MEDIA_URL_TTL_S = env.int("MEDIA_URL_TTL_S", default=3600)

AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="") or None
AWS_ACCESS_KEY_ID = env.str("AWS_ACCESS_KEY_ID", default="") or None
AWS_SECRET_ACCESS_KEY = env.str("AWS_SECRET_ACCESS_KEY", default="") or None

if AWS_STORAGE_BUCKET_NAME:
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": AWS_S3_REGION_NAME,
            "access_key": AWS_ACCESS_KEY_ID,
            "secret_key": AWS_SECRET_ACCESS_KEY,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": MEDIA_URL_TTL_S,
            # Names are random (upload_to) or derived from a random name (renditions), so a
            # save never meets another file's name: no existence check (a HEAD) per save,
            # and a rendition is written under exactly the name its URL points to.
            "file_overwrite": True,
        },
    }
else:
    DEFAULT_STORAGE = {
        "BACKEND": "apps.core.storage.SignedFileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT, "base_url": MEDIA_URL, "allow_overwrite": True},
    }
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Renditions are made once, when a file is stored, never on first view: building a URL
# then needs no storage round trip (no existence check per rendition on S3).
VERSATILEIMAGEFIELD_SETTINGS = {
    "create_images_on_demand": False,
    "jpeg_resize_quality": 85,
    "sized_directory_name": "__sized__",
}
VERSATILEIMAGEFIELD_RENDITION_KEY_SETS = {
    "image_sizes": [
        ("full_size", "url"),
        ("medium", "thumbnail__800x800"),
        ("thumbnail", "thumbnail__320x320"),
    ],
}

# Every image a person uploads (reference photos, identity images): the largest file accepted,
# in bytes (a larger one is a 413). REFERENCE_IMAGE_MAX_BYTES, its older name, is still read
# when IMAGE_UPLOAD_MAX_BYTES is not set.
IMAGE_UPLOAD_MAX_BYTES = int(
    env.str("IMAGE_UPLOAD_MAX_BYTES", default="")
    or env.str("REFERENCE_IMAGE_MAX_BYTES", default="")
    or 20 * 1024 * 1024
)

# The SFace cosine at or above which two faces count as one person (OpenCV's published
# threshold): below it a reference photo is flagged as maybe someone else and a poster's
# likeness reads "may not be them". Applied in one place: services.faces.likeness_verdict.
LIKENESS_MATCH_THRESHOLD = env.float("LIKENESS_MATCH_THRESHOLD", default=0.363)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # DRF's three, with JSON nesting limited (a viewset that sets parser_classes uses it too).
    "DEFAULT_PARSER_CLASSES": [
        "apps.core.parsers.DepthLimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    # drf-spectacular's, with every operation's errors in the one error shape.
    "DEFAULT_SCHEMA_CLASS": "apps.core.schema.ApiAutoSchema",
    # A list comes a page at a time unless its view sets `pagination_class = None`.
    "DEFAULT_PAGINATION_CLASS": "apps.core.pagination.DefaultPagination",
    "PAGE_SIZE": 20,
    "EXCEPTION_HANDLER": "apps.core.exceptions.exception_handler",
    "DEFAULT_THROTTLE_RATES": {
        "login": env.str("LOGIN_THROTTLE_RATE", default="10/min"),
        "login_account": env.str("LOGIN_ACCOUNT_THROTTLE_RATE", default="20/hour"),
        # Posters each admin may ask for (count/second|minute|hour|day).
        "generation": env.str("GENERATION_RATE", default="") or "30/hour",
        # Requests to the consent link endpoints (no account needed) per client address.
        "consent_link": env.str("CONSENT_LINK_THROTTLE_RATE", default="") or "30/min",
    },
    # The client's address is the connection's unless this many proxies stand in front.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Identity Image Studio API",
    "DESCRIPTION": "Reference photos, identities and poster generation for the coaching app.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema and Swagger UI are for the team: staff only. Swagger UI comes from the
    # project's own static files (no CDN: the page carries an admin's session, and works offline).
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAdminUser"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Operations are tagged (and their ids named) by the first part after /api/v1/.
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # One named enum per choice set, however many fields use it.
    "ENUM_NAME_OVERRIDES": {
        "AspectRatioEnum": "services.image_generation.ALLOWED_ASPECT_RATIOS",
        "ResolutionEnum": "services.image_generation.ALLOWED_RESOLUTIONS",
        "GenerationJobStatusEnum": "apps.image_generation.models.GenerationJob.Status",
        "GenerationJobErrorCodeEnum": "apps.image_generation.models.GenerationJob.ErrorCode",
        "ConsentScopeEnum": "apps.privacy.models.ConsentScope",
        "QualityWarningCodeEnum": "apps.reference_images.utils.QUALITY_WARNING_CODES",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "apps.core.schema.add_error_code_enum",  # the codes an error body carries
    ],
}
# The error code enums of the apps: together, the `code`s an API error body carries by name.
API_ERROR_CODES = [
    "apps.core.exceptions.CoreErrorCode",
    "apps.identities.exceptions.IdentityErrorCode",
    "apps.image_generation.exceptions.ImageGenerationErrorCode",
    "apps.person_lifecycle.exceptions.PersonLifecycleErrorCode",
    "apps.privacy.exceptions.PrivacyErrorCode",
    "apps.reference_images.exceptions.ReferenceImageErrorCode",
]

# In the database every web process already shares, so the login throttle counts attempts
# across all of them (a per-process cache would multiply the allowed rate by their number).
# `migrate` makes the table.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A missing or wrong CSRF token: JSON in the API's error shape under /api/, Django's page elsewhere.
CSRF_FAILURE_VIEW = "apps.core.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if TRUSTED_PROXY_COUNT:  # only a proxy of ours may say the request came over HTTPS
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=60 * 60 * 24 * 30)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Background work: Django's Tasks API. "database" (default) is run by `manage.py run_worker`;
# "rq" by `manage.py rqworker` on Redis; "immediate" runs the task inside the caller.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="") or "database"
REDIS_URL = env.str("REDIS_URL", default="") or "redis://127.0.0.1:6379/0"
TASKS_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
TASKS = {"default": TASKS_BACKENDS[TASKS_BACKEND]}
# The Django admin shows RQ's queue dashboard only where RQ runs the tasks.
RQ_SHOW_ADMIN_LINK = TASKS_BACKEND == "rq"
# The job class that runs a Tasks API task: without it a plain `manage.py rqworker default`
# fails every job ("'Task' object is not callable").
RQ = {"JOB_CLASS": "django_tasks_rq.Job"}

# Image generation provider.
GEMINI_API_KEY = env.str("GEMINI_API_KEY", default="")
IMAGE_PROVIDER = env.str("IMAGE_PROVIDER", default="") or ("gemini" if GEMINI_API_KEY else "local")
GEMINI_BASE_URL = env.str("GEMINI_BASE_URL", default="") or None
GEMINI_IMAGE_MODEL = env.str("GEMINI_IMAGE_MODEL", default="") or "gemini-3-pro-image"
GEMINI_TIMEOUT_S = env.float("GEMINI_TIMEOUT_S", default=240.0)
# Retries are ours, not the SDK's: attempts are counted and 429's RetryInfo is honoured.
GEMINI_MAX_ATTEMPTS = env.int("GEMINI_MAX_ATTEMPTS", default=4)
GEMINI_RETRY_BASE_DELAY_S = env.float("GEMINI_RETRY_BASE_DELAY_S", default=2.0)
# A longer wait than this (backoff or a 429's retryDelay) is not slept through in the worker:
# the error is raised with retry_after_s so the caller can re-queue.
GEMINI_RETRY_MAX_DELAY_S = env.float("GEMINI_RETRY_MAX_DELAY_S", default=30.0)
# Extra HTTP headers on every Gemini request (tests use it to pick fake-server scenarios).
GEMINI_EXTRA_HEADERS: dict[str, str] = {}

# Prices in USD, per model; the version says which price list the estimates used.
IMAGE_PRICING = {
    "version": "2026-11",
    "gemini-3-pro-image": {
        "input_per_million": 2.0,
        "output_image_per_million": 120.0,
        "output_text_per_million": 12.0,
        "image_tokens": {"1K": 1120, "2K": 1120, "4K": 2000},
        "input_image_tokens": 560,
    },
}

# Generation jobs: defaults of the page, and how long a job may run before it is taken to
# have lost its worker (it must outlast the provider's timeout times its attempts).
GENERATION_DEFAULT_ASPECT_RATIO = env.str("GENERATION_DEFAULT_ASPECT_RATIO", default="16:9")
GENERATION_DEFAULT_RESOLUTION = env.str("GENERATION_DEFAULT_RESOLUTION", default="4K")
GENERATION_JOB_TIMEOUT_S = env.int("GENERATION_JOB_TIMEOUT_S", default=1200)
# A job still queued this long after it was queued (or last re-queued) is handed to the workers
# again by `manage.py requeue_generation_jobs`: its task may have been lost with Redis.
GENERATION_QUEUE_TIMEOUT_S = env.int("GENERATION_QUEUE_TIMEOUT_S", default=600)
# A retry of generate, refine or save-to-identity with the same `Idempotency-Key` within this
# many hours gets the first answer instead of a second (paid) poster.
IDEMPOTENCY_KEY_TTL_H = retention_setting("IDEMPOTENCY_KEY_TTL_H", default=24)
# A consent link staff make for a person opens for this many hours (unless revoked).
CONSENT_LINK_TTL_H = retention_setting("CONSENT_LINK_TTL_H", default=72)
# Jobs of one provider running at once across every worker (a Gemini project's rate limit);
# a job over it stays queued and its worker takes it as soon as one ends.
GENERATION_MAX_CONCURRENT_PER_PROVIDER = env.int(
    "GENERATION_MAX_CONCURRENT_PER_PROVIDER", default=4
)
# Task workers (`manage.py run_worker`) write a heartbeat this often and run WORKER_SCHEDULE
# with it; a worker not seen for WORKER_LOST_AFTER_S is taken to be gone: the page says so,
# and a job it held is queued again once (then it ends worker_lost).
WORKER_HEARTBEAT_INTERVAL_S = env.float("WORKER_HEARTBEAT_INTERVAL_S", default=15.0)
WORKER_LOST_AFTER_S = env.float("WORKER_LOST_AFTER_S", default=60.0)
WORKER_SCHEDULE = [
    "apps.image_generation.tasks.recover_lost_generation_jobs",
    "apps.person_lifecycle.functions.system.purge_expired",
]
# On RQ, `manage.py run_rq_schedule` queues these every RQ_SCHEDULE_INTERVAL_S for the
# rqworkers: the same schedule, and jobs whose task was lost with Redis are queued again.
RQ_SCHEDULE = [*WORKER_SCHEDULE, "apps.image_generation.tasks.requeue_stale_queued_jobs"]
RQ_SCHEDULE_INTERVAL_S = env.int("RQ_SCHEDULE_INTERVAL_S", default=60)
# The most a person's posters may cost per day in USD (unset: no limit). The other money
# guard, posters per admin, is the "generation" rate in REST_FRAMEWORK.
GENERATION_DAILY_BUDGET_USD = (
    Decimal(env.str("GENERATION_DAILY_BUDGET_USD", default="") or "0") or None
)
# RQ stops a task that runs past its timeout: give it the job's lease, not RQ's 180 s default,
# which would cut a job short in the middle of the provider's retries.
RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": GENERATION_JOB_TIMEOUT_S}}

# A person's reference photo slots. Fixed, not read from the environment: the database's slot
# constraint holds the same number. The privacy notice states it, so it lives here, below
# both the photos and the notice.
MAX_REFERENCE_IMAGES = 5

# Retention: a reference photo is deleted this many days after its last use in a generation
# (or its upload); a poster never saved to an identity this many days after it was drawn.
REFERENCE_PHOTO_RETENTION_DAYS = retention_setting("REFERENCE_PHOTO_RETENTION_DAYS", default=365)
UNSAVED_POSTER_RETENTION_DAYS = retention_setting("UNSAVED_POSTER_RETENTION_DAYS", default=30)

DEMO_ADMIN_EMAIL = env.str("DEMO_ADMIN_EMAIL", default="admin@example.com")
DEMO_ADMIN_PASSWORD = env.str("DEMO_ADMIN_PASSWORD", default="")

# Who is responsible for the people's data and where they write about it: the privacy notice
# names both, and a notice that names nobody cannot be agreed to, so a server that is not
# debugging refuses to start without them.
PRIVACY_CONTROLLER_NAME = env.str("PRIVACY_CONTROLLER_NAME", default="").strip()
PRIVACY_CONTACT_EMAIL = env.str("PRIVACY_CONTACT_EMAIL", default="").strip()
_PRIVACY_REFUSALS = [
    f"Set {setting} to {meaning}: the privacy notice names it (or DJANGO_DEBUG=1 for local work)."
    for setting, value, meaning in (
        (
            "PRIVACY_CONTROLLER_NAME",
            PRIVACY_CONTROLLER_NAME,
            "the person or organisation responsible for the people's data",
        ),
        (
            "PRIVACY_CONTACT_EMAIL",
            PRIVACY_CONTACT_EMAIL,
            "the e-mail address people write to about their data",
        ),
    )
    if not value and not DEBUG
]
if PRIVACY_CONTACT_EMAIL and "@" not in PRIVACY_CONTACT_EMAIL:
    _PRIVACY_REFUSALS.append(
        f"PRIVACY_CONTACT_EMAIL must be an e-mail address, not {PRIVACY_CONTACT_EMAIL!r}."
    )
if _PRIVACY_REFUSALS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(" ".join(_PRIVACY_REFUSALS))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

SESSION_COOKIE_AGE = int(timedelta(days=7).total_seconds())
