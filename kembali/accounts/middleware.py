import time
from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from kembali.accounts.access import has_role

Handler = Callable[[HttpRequest], HttpResponse]

# Refresh the last-seen mark at most once a minute, so a busy page does not write per request.
_TOUCH_EVERY_SECONDS = 60


class IdleTimeoutMiddleware:
    """Ends a session after KEMBALI idle time without any request (shared office computers)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and hasattr(request, "session"):
            now = int(time.time())
            last_seen = request.session.get("kembali_last_seen", now)
            if now - last_seen > settings.SESSION_COOKIE_AGE:
                logout(request)
                messages.info(request, _("You were signed out after a period of inactivity."))
            elif (
                now - last_seen >= _TOUCH_EVERY_SECONDS
                or "kembali_last_seen" not in request.session
            ):
                request.session["kembali_last_seen"] = now
        return self.get_response(request)


class MfaPolicyMiddleware:
    """Users holding a role in KEMBALI_MFA_REQUIRED_ROLES must set up TOTP before anything else."""

    allowed_prefixes = ("/accounts/", "/static/", "/i18n/")

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(self.allowed_prefixes)
            and has_role(user, *settings.KEMBALI_MFA_REQUIRED_ROLES)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request,
                _("Your role requires a second factor. Set up an authenticator app to continue."),
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
