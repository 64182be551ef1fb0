from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from kembali.accounts.models import Membership, Organisation, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "country"]
    list_filter = ["type", "country"]
    search_fields = ["name"]


@admin.register(User)
class KembaliUserAdmin(UserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "first_name", "last_name", "is_active", "last_login"]
