from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from apps.person_lifecycle.functions.system import purge_expired


class Command(BaseCommand):
    help = (
        "Delete the reference photos older than REFERENCE_PHOTO_RETENTION_DAYS (since their "
        "last use or upload), the generation jobs (posters never saved to an identity, "
        "failures, cancellations) that ended more than UNSAVED_POSTER_RETENTION_DAYS ago and "
        "the batches they leave empty, with their files, and the Idempotency-Key answers "
        "older than IDEMPOTENCY_KEY_TTL_H. The worker runs this on its schedule; safe to run "
        "at any time."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args: Any, dry_run: bool, **options: Any) -> None:
        report = purge_expired(dry_run=dry_run)
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(
            f"{report.reference_photos} reference photo(s), {report.unsaved_posters} unsaved "
            f"poster(s), {report.ended_jobs} failed or cancelled generation(s) and "
            f"{report.empty_batches} empty batch(es) {verb}, with {report.files} file(s); "
            f"{report.kept_answers} expired Idempotency-Key answer(s) {verb}."
        )
