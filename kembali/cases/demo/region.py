"""The demo region: organisations in host and origin countries, and a user for every role."""

from dataclasses import dataclass

from kembali.accounts.models import Membership, Organisation, OrganisationType, Role, User

DEMO_PASSWORD = "Kembali-demo-2026"  # noqa: S105  (printed to whoever runs the demo)

T = OrganisationType
ORGANISATIONS: list[tuple[str, str, str]] = [
    # host countries
    ("Immigration Department of Malaysia (demo)", T.IMMIGRATION_AUTHORITY, "MYS"),
    ("IOM Mission Malaysia (demo)", T.INTERNATIONAL_MISSION, "MYS"),
    ("UNHCR Malaysia (demo)", T.PROTECTION_AGENCY, "MYS"),
    ("Thai Immigration Bureau (demo)", T.IMMIGRATION_AUTHORITY, "THA"),
    ("IOM Mission Thailand (demo)", T.INTERNATIONAL_MISSION, "THA"),
    ("Directorate General of Immigration Indonesia (demo)", T.IMMIGRATION_AUTHORITY, "IDN"),
    ("IOM Mission Indonesia (demo)", T.INTERNATIONAL_MISSION, "IDN"),
    ("UNHCR Indonesia (demo)", T.PROTECTION_AGENCY, "IDN"),
    ("Australian Border Force (demo)", T.IMMIGRATION_AUTHORITY, "AUS"),
    ("IOM Mission Australia (demo)", T.INTERNATIONAL_MISSION, "AUS"),
    # origin countries
    ("Bangladesh Consular Services (demo)", T.CONSULAR_AUTHORITY, "BGD"),
    ("Bangladesh Returnee Support NGO (demo)", T.PARTNER_NGO, "BGD"),
    ("Myanmar Immigration and Population (demo)", T.CONSULAR_AUTHORITY, "MMR"),
    ("Myanmar Community Reintegration NGO (demo)", T.PARTNER_NGO, "MMR"),
    ("Afghanistan Consular Affairs (demo)", T.CONSULAR_AUTHORITY, "AFG"),
    ("Afghanistan Returnee Assistance NGO (demo)", T.PARTNER_NGO, "AFG"),
    ("Sri Lanka Immigration and Emigration (demo)", T.CONSULAR_AUTHORITY, "LKA"),
    ("Sri Lanka Reintegration Partners (demo)", T.PARTNER_NGO, "LKA"),
    # region
    ("Regional Support Office Bangkok (demo)", T.REGIONAL_OFFICE, "THA"),
]

R = Role
USERS: list[tuple[str, str, str, str]] = [
    # username, role, organisation, what they do in the demo
    ("caseworker.mys", R.CASEWORKER, "IOM Mission Malaysia (demo)", "registers and counsels"),
    ("caseworker.idn", R.CASEWORKER, "IOM Mission Indonesia (demo)", "registers and counsels"),
    ("caseworker.tha", R.CASEWORKER, "IOM Mission Thailand (demo)", "registers and counsels"),
    ("caseworker.aus", R.CASEWORKER, "IOM Mission Australia (demo)", "registers and counsels"),
    ("officer.mys", R.CASEWORKER, "Immigration Department of Malaysia (demo)", "enforced returns"),
    ("protection.mys", R.PROTECTION_OFFICER, "UNHCR Malaysia (demo)", "screens, records asylum"),
    ("supervisor.mys", R.SUPERVISOR, "IOM Mission Malaysia (demo)", "approves, overrides"),
    ("verification.bgd", R.VERIFICATION_OFFICER, "Bangladesh Consular Services (demo)", "verifies"),
    (
        "verification.mmr",
        R.VERIFICATION_OFFICER,
        "Myanmar Immigration and Population (demo)",
        "verifies",
    ),
    ("transit.tha", R.TRANSIT_OFFICER, "Thai Immigration Bureau (demo)", "acknowledges transit"),
    (
        "reintegration.bgd",
        R.REINTEGRATION_OFFICER,
        "Bangladesh Returnee Support NGO (demo)",
        "reintegration",
    ),
    ("analyst", R.ANALYST, "Regional Support Office Bangkok (demo)", "statistics only"),
    ("admin", R.ADMINISTRATOR, "Regional Support Office Bangkok (demo)", "manages the node"),
]


@dataclass
class Region:
    organisations: dict[str, Organisation]
    users: dict[str, User]


def create_region() -> Region:
    organisations = {
        name: Organisation.objects.create(name=name, type=kind, country=country)
        for name, kind, country in ORGANISATIONS
    }
    users = {}
    for username, role, org_name, _does in USERS:
        user = User.objects.create_user(
            username=username, password=DEMO_PASSWORD, is_staff=role == Role.ADMINISTRATOR
        )
        Membership.objects.create(user=user, organisation=organisations[org_name], role=role)
        users[username] = user
    return Region(organisations, users)
