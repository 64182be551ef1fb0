from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from tqdm import tqdm

from kembali.accounts.models import Organisation
from kembali.cases.demo.lifecycle import play_scenarios
from kembali.cases.demo.people import load_people
from kembali.cases.demo.region import DEMO_PASSWORD, USERS, create_region
from kembali.identity.demo import KEYS_UP_TO, build_demo_registries, plant_duplicates
from kembali.identity.records import refresh_all_keys


class Command(BaseCommand):
    help = (
        "Load the demo region: organisations in host and origin countries, a user for every "
        "role, and people and cases with names in their own scripts. Deterministic."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--size", type=int, default=2000, help="number of cases (default 2000; up to 1000000)"
        )
        parser.add_argument(
            "--reset", action="store_true", help="empty the database first (destroys all data)"
        )
        parser.add_argument("--quiet-progress", action="store_true", help="no progress bar")

    def handle(
        self, *args: Any, size: int, reset: bool, quiet_progress: bool, **options: Any
    ) -> None:
        if not 0 <= size <= 5_000_000:
            raise CommandError("--size must be between 0 and 5000000.")
        call_command("migrate", verbosity=0, interactive=False)
        call_command("createcachetable", verbosity=0)
        if reset:
            call_command("flush", verbosity=0, interactive=False)
        if Organisation.objects.exists():
            self.stdout.write("Demo data is already loaded (use --reset to load it again).")
        else:
            region = create_region()
            with tqdm(total=size, unit="case", disable=quiet_progress, desc="Loading cases") as bar:
                load_people(region, size, progress=bar.update)
            if size >= 200:
                played = play_scenarios(region)
                self.stdout.write(f"Lifecycle scenarios played on {played} cases.")
                planted = plant_duplicates(region.users)
                self.stdout.write(f"{planted} people registered a second time elsewhere.")
            registries = build_demo_registries()
            self.stdout.write(
                "Origin registries: "
                + ", ".join(f"{country} {n} records" for country, n in registries.items())
            )
            if size <= KEYS_UP_TO:
                with tqdm(
                    total=size, unit="person", disable=quiet_progress, desc="Identity keys"
                ) as bar:
                    refresh_all_keys(progress=bar.update)
            else:
                self.stdout.write("Run `kembali identity keys` to find duplicates among them.")
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
        self._print_logins()

    def _print_logins(self) -> None:
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Demo logins (password for all: {DEMO_PASSWORD})"))
        for username, role, organisation, does in USERS:
            mfa = (
                " [sets up an authenticator app at first login]"
                if role in settings.KEMBALI_MFA_REQUIRED_ROLES
                else ""
            )
            self.stdout.write(f"  {username:<20} {role:<22} {organisation} — {does}{mfa}")
