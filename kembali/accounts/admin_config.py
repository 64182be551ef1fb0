from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


class KembaliAdminConfig(AdminConfig):
    default_site = "kembali.accounts.admin_config.KembaliAdminSite"


class KembaliAdminSite(admin.AdminSite):
    site_header = _("Kembali administration")
    site_title = _("Kembali administration")

    def has_permission(self, request: HttpRequest) -> bool:
        from kembali.accounts.access import is_administrator

        # Only administrators (by membership) manage the node; staff flags alone are not enough.
        return bool(
            request.user.is_active and request.user.is_staff and is_administrator(request.user)
        )
