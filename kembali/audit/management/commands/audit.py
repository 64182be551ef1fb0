from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kembali.audit.actions import verify_audit_trail
from kembali.audit.models import AuditEvent


class Command(BaseCommand):
    help = "Audit trail tools. `kembali audit verify` checks the hash chain end to end."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("operation", choices=["verify"])

    def handle(self, *args: Any, **options: Any) -> None:
        problems = verify_audit_trail()
        if problems:
            for problem in problems:
                self.stderr.write(f"event {problem.seq}: {problem.kind} — {problem.detail}")
            raise CommandError(f"audit trail is NOT intact: {len(problems)} problem(s) found")
        count = AuditEvent.objects.count()
        self.stdout.write(self.style.SUCCESS(f"audit trail intact: {count} events verified"))
