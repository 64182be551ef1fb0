import uuid

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CASEWORKER = "caseworker", _("Caseworker")
    PROTECTION_OFFICER = "protection_officer", _("Protection officer")
    SUPERVISOR = "supervisor", _("Supervisor")
    VERIFICATION_OFFICER = "verification_officer", _("Verification officer")
    TRANSIT_OFFICER = "transit_officer", _("Transit officer")
    REINTEGRATION_OFFICER = "reintegration_officer", _("Reintegration officer")
    ANALYST = "analyst", _("Analyst")
    ADMINISTRATOR = "administrator", _("Administrator")


# Roles whose work needs personal data. Analysts see aggregates only and administrators
# manage organisations and users: neither reaches a person (DESIGN §7, least privilege).
PERSON_DATA_ROLES = frozenset(
    {
        Role.CASEWORKER,
        Role.PROTECTION_OFFICER,
        Role.SUPERVISOR,
        Role.VERIFICATION_OFFICER,
        Role.TRANSIT_OFFICER,
        Role.REINTEGRATION_OFFICER,
    }
)
# Roles that register people and open or edit cases of their organisation.
CASE_WRITE_ROLES = frozenset({Role.CASEWORKER, Role.SUPERVISOR})


class OrganisationType(models.TextChoices):
    IMMIGRATION_AUTHORITY = "immigration_authority", _("Immigration authority")
    CONSULAR_AUTHORITY = "consular_authority", _("Consular authority")
    PROTECTION_AGENCY = "protection_agency", _("Protection agency")
    INTERNATIONAL_MISSION = "international_mission", _("International mission")
    PARTNER_NGO = "partner_ngo", _("Partner NGO")
    REGIONAL_OFFICE = "regional_office", _("Regional office")


class Organisation(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=200, unique=True)
    type = models.CharField(_("type"), max_length=40, choices=OrganisationType.choices)
    country = models.CharField(_("country"), max_length=3, help_text=_("ISO 3166-1 alpha-3"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        constraints = [
            models.CheckConstraint(
                condition=Q(country__regex=r"^[A-Z]{3}$"), name="organisation_country_alpha3"
            )
        ]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    preferred_language = models.CharField(_("preferred language"), max_length=10, blank=True)

    def roles_in(self, organisation_id: uuid.UUID) -> set[str]:
        return {m.role for m in self.memberships.all() if m.organisation_id == organisation_id}

    @property
    def roles(self) -> set[str]:
        return {m.role for m in self.memberships.all()}


class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="membership_unique_role"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} @ {self.organisation}"
