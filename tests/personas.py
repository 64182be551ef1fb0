"""The people every test shares: two host countries, an origin country, a regional office.

alice    caseworker, IOM Mission Malaysia          (holds Malaysian cases)
sam      supervisor, IOM Mission Malaysia
priya    protection officer, UNHCR Malaysia
bob      caseworker, IOM Mission Indonesia          (another organisation: sees none of alice's)
vera     verification officer, Bangladesh consulate (sees only what is shared with her)
ana      analyst, regional office                   (never sees a person)
adam     administrator, regional office
"""

from dataclasses import dataclass

from kembali.accounts.models import Membership, Organisation, OrganisationType, Role, User
from kembali.cases.actions import NameInput, register_person_and_case
from kembali.cases.dates import parse_birth_date
from kembali.cases.models import Case, LegalBasis, NameKind, Track

PASSWORD = "correct horse battery staple"


@dataclass
class World:
    iom_mys: Organisation
    unhcr_mys: Organisation
    iom_idn: Organisation
    bgd_consulate: Organisation
    regional: Organisation
    alice: User
    sam: User
    priya: User
    bob: User
    vera: User
    ana: User
    adam: User


def make_user(username: str, organisation: Organisation, role: str) -> User:
    user = User.objects.create_user(
        username=username, password=PASSWORD, is_staff=role == Role.ADMINISTRATOR
    )
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def activate_totp(user: User) -> None:
    """As if the user had scanned the QR code: supervisors and administrators must."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, TOTP_SECRET)


def make_world() -> World:
    t = OrganisationType
    iom_mys = Organisation.objects.create(
        name="IOM Malaysia", type=t.INTERNATIONAL_MISSION, country="MYS"
    )
    unhcr_mys = Organisation.objects.create(
        name="UNHCR Malaysia", type=t.PROTECTION_AGENCY, country="MYS"
    )
    iom_idn = Organisation.objects.create(
        name="IOM Indonesia", type=t.INTERNATIONAL_MISSION, country="IDN"
    )
    bgd = Organisation.objects.create(
        name="Bangladesh Consulate", type=t.CONSULAR_AUTHORITY, country="BGD"
    )
    regional = Organisation.objects.create(
        name="Regional Office", type=t.REGIONAL_OFFICE, country="THA"
    )
    world = World(
        iom_mys=iom_mys,
        unhcr_mys=unhcr_mys,
        iom_idn=iom_idn,
        bgd_consulate=bgd,
        regional=regional,
        alice=make_user("alice", iom_mys, Role.CASEWORKER),
        sam=make_user("sam", iom_mys, Role.SUPERVISOR),
        priya=make_user("priya", unhcr_mys, Role.PROTECTION_OFFICER),
        bob=make_user("bob", iom_idn, Role.CASEWORKER),
        vera=make_user("vera", bgd, Role.VERIFICATION_OFFICER),
        ana=make_user("ana", regional, Role.ANALYST),
        adam=make_user("adam", regional, Role.ADMINISTRATOR),
    )
    activate_totp(world.sam)
    activate_totp(world.adam)
    return world


def make_case(
    actor: User,
    holder: Organisation,
    *,
    native: str = "রহিম উদ্দিন",
    latin: str = "Rahim Uddin",
    host: str | None = None,
    origin: str = "BGD",
    track: str = Track.VOLUNTARY,
    birth: str = "about 1990",
) -> Case:
    return register_person_and_case(
        actor=actor,
        holder=holder,
        names=[NameInput(native, NameKind.AS_STATED, "bn"), NameInput(latin, NameKind.ALIAS)],
        track=track,
        host_country=host or holder.country,
        origin_country=origin,
        legal_basis=LegalBasis.CONSENT,
        sex="M",
        birth=parse_birth_date(birth),
        birth_place="Chattogram",
        father_name="Karim Uddin",
        nationality_claimed=origin,
        languages=["bn"],
    )
