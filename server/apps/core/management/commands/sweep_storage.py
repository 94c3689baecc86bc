from typing import Any

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandParser

from apps.core.storage import find_storage_orphans


class Command(BaseCommand):
    help = (
        "List files in storage that no row refers to, and rows whose file is missing. "
        "With --delete, remove the unreferenced files."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--delete", action="store_true", help="delete unreferenced files")

    def handle(self, *args: Any, **options: Any) -> None:
        report = find_storage_orphans()
        for name in report.orphan_files:
            self.stdout.write(f"unreferenced file: {name}")
            if options["delete"]:
                default_storage.delete(name)
        for label, pk, name in report.missing_files:
            self.stdout.write(f"missing file: {label} {pk} -> {name}")
        action = "deleted" if options["delete"] else "found"
        self.stdout.write(
            f"{len(report.orphan_files)} unreferenced file(s) {action}, "
            f"{len(report.missing_files)} row(s) with a missing file."
        )
