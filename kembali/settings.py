"""Kembali settings: one file, driven by the environment, safe by default.

Without any environment the node runs for development on a SQLite file in the working
directory. Production sets KEMBALI_DEBUG=0, KEMBALI_SECRET_KEY, KEMBALI_ALLOWED_HOSTS and
DATABASE_URL; `kembali check --deploy` then passes with no warnings.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("KEMBALI_DEBUG", True)
# The development key is refused by the deploy check (kembali.accounts.checks).
DEV_SECRET_KEY = "kembali-development-only-not-secret"  # noqa: S105
SECRET_KEY = os.environ.get("KEMBALI_SECRET_KEY", DEV_SECRET_KEY)
ALLOWED_HOSTS = env_list("KEMBALI_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("KEMBALI_CSRF_TRUSTED_ORIGINS", "")

# The node's own identity: the country whose authority runs this installation.
NODE_NAME = os.environ.get("KEMBALI_NODE_NAME", "kembali-demo")

INSTALLED_APPS = [
    "kembali.accounts.admin_config.KembaliAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "kembali.accounts",
    "kembali.audit",
    "kembali.cases",
    "kembali.protection",
    "kembali.identity",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "kembali.accounts.middleware.IdleTimeoutMiddleware",
    "kembali.accounts.middleware.MfaPolicyMiddleware",
    "kembali.audit.middleware.RequestContextMiddleware",
]

ROOT_URLCONF = "kembali.urls"
WSGI_APPLICATION = "kembali.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kembali.accounts.context_processors.memberships",
            ],
        },
    }
]

SQLITE_PATH = Path(os.environ.get("KEMBALI_DATA_DIR", ".")).resolve() / "kembali.sqlite3"
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{SQLITE_PATH}",
        conn_max_age=int(os.environ.get("KEMBALI_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web process and a worker share the file.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# Shared between processes, so login throttling holds across server workers.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kembali_cache",
    }
}

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "cases:dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_SESSION_REMEMBER = False
# Accounts are created by administrators, never by self sign-up.
ACCOUNT_ADAPTER = "kembali.accounts.adapter.KembaliAccountAdapter"
# Throttling and lockout: after 5 failed logins for one username (or from one address)
# within 15 minutes, further attempts are refused until the window passes.
ACCOUNT_RATE_LIMITS = {
    "login_failed": os.environ.get("KEMBALI_LOGIN_FAILURES", "5/15m/ip,5/15m/key"),
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Kembali"
# Roles that must use a second factor (TOTP) before they reach anything else.
KEMBALI_MFA_REQUIRED_ROLES = env_list("KEMBALI_MFA_REQUIRED_ROLES", "administrator,supervisor")

# Idle timeout: a session ends after this many seconds without a request.
SESSION_COOKIE_AGE = int(os.environ.get("KEMBALI_IDLE_TIMEOUT_SECONDS", str(30 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("id", _("Bahasa Indonesia"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("KEMBALI_STATIC_ROOT", BASE_DIR.parent / "staticfiles"))
# Development and tests serve assets straight from the apps; production from collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "kembali.api.Pagination",
    "PAGE_SIZE": 25,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "kembali.api.exception_handler",
    "DEFAULT_THROTTLE_RATES": {"anon": "60/min"},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kembali API",
    "DESCRIPTION": "Cases, people, households and consents of a Kembali node.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# Production hardening; all on unless DEBUG.
SECURE_SSL_REDIRECT = env_bool("KEMBALI_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = 0 if DEBUG else 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("KEMBALI_LOG_LEVEL", "WARNING")},
}

# Small cells in statistics are suppressed below this count (DESIGN §7).
# A fitness-to-travel certificate must be dated within this many days before departure.
KEMBALI_FIT_TO_TRAVEL_DAYS = int(os.environ.get("KEMBALI_FIT_TO_TRAVEL_DAYS", "14"))

# Detention must be reviewed at least this often, unless a country's interval says otherwise.
KEMBALI_DETENTION_REVIEW_DAYS = int(os.environ.get("KEMBALI_DETENTION_REVIEW_DAYS", "30"))

KEMBALI_SMALL_CELL_THRESHOLD = int(os.environ.get("KEMBALI_SMALL_CELL_THRESHOLD", "5"))

# Origin registries held on this node, one index directory per ISO 3166-1 alpha-3 code
# (built with `kembali identity index`). Searched locally: nothing leaves the node.
KEMBALI_REGISTRY_DIR = Path(
    os.environ.get(
        "KEMBALI_REGISTRY_DIR",
        Path(os.environ.get("KEMBALI_DATA_DIR", ".")).resolve() / "registries",
    )
)
