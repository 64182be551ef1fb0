from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from kembali.accounts.models import Membership, Organisation, User
from kembali.cases.models import CountryProcessingStandard, ProcessingStandard
from kembali.protection.models import DetentionReviewInterval


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


# Configuration that administrators keep: time frames and detention review intervals.
@admin.register(ProcessingStandard)
class ProcessingStandardAdmin(admin.ModelAdmin):
    list_display = ["stage", "days"]


@admin.register(CountryProcessingStandard)
class CountryProcessingStandardAdmin(admin.ModelAdmin):
    list_display = ["country", "stage", "days"]
    list_filter = ["country"]


@admin.register(DetentionReviewInterval)
class DetentionReviewIntervalAdmin(admin.ModelAdmin):
    list_display = ["country", "days"]
