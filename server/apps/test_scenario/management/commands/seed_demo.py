from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from apps.test_scenario.functions.admin import seed_demo_data


class Command(BaseCommand):
    help = "Create the demo admin, test scenarios with test users, and their identities."

    def handle(self, *args: Any, **options: Any) -> None:
        demo = seed_demo_data(
            admin_email=settings.DEMO_ADMIN_EMAIL, admin_password=settings.DEMO_ADMIN_PASSWORD
        )
        self.stdout.write(f"Admin e-mail:    {demo.user.email}")
        if demo.password:
            self.stdout.write(f"Admin password:  {demo.password}")
        else:
            self.stdout.write(
                "Admin password:  unchanged (the account exists; manage.py changepassword sets it)"
            )
