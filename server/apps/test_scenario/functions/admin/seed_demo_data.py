import secrets
from dataclasses import dataclass
from pathlib import Path

from django.core.files import File
from django.db import transaction

from apps.identities.models import Identity
from apps.privacy.functions.admin import record_person_consent
from apps.privacy.functions.public import has_consent
from apps.privacy.models import ConsentScope
from apps.privacy.utils import PRIVACY_NOTICE_VERSION
from apps.reference_images.functions.public import create_reference_image
from apps.reference_images.models import ReferenceImage
from apps.test_scenario.demo import ADMIN_IDENTITIES, DEMO_SCENARIOS
from apps.test_scenario.models import TestScenario
from apps.users.models import User


@dataclass(frozen=True)
class DemoAdmin:
    user: User
    password: str | None  # set only when this run created the admin or reset its password


def _ensure_identities(user: User, identities: list[tuple[str, str, str]]) -> None:
    for order, (name, category, statement) in enumerate(identities):
        Identity.objects.get_or_create(
            user=user,
            name=name,
            defaults={"category": category, "i_am_statement": statement, "order": order},
        )


def _ensure_consent(person: User, *, recorded_by: User) -> None:
    """The demo people agree to everything, as if they had read the notice, so the demo
    works as the product does for consenting people (again when the provider changed)."""
    if has_consent(user_id=person.pk, scope=ConsentScope.SEND_TO_PROVIDER):
        return
    record_person_consent(
        recorded_by=recorded_by,
        user_id=person.pk,
        notice_version=PRIVACY_NOTICE_VERSION,
        send_to_provider=True,
        face_matching=True,
        note="Demo account: made up for the demo, agrees to everything.",
    )


DEMO_REFERENCE_PHOTO = Path(__file__).resolve().parents[2] / "demo" / "astronaut.png"


def _ensure_reference_photo(user: User) -> None:
    if ReferenceImage.objects.filter(user=user).exists():
        return
    with DEMO_REFERENCE_PHOTO.open("rb") as photo:
        create_reference_image(
            actor=user,
            image_file=File(photo, name=DEMO_REFERENCE_PHOTO.name),
            name="Astronaut",
        )


@transaction.atomic
def seed_demo_data(*, admin_email: str, admin_password: str = "") -> DemoAdmin:
    """Create the demo admin and its photo, test scenarios, users and identities; rerunnable."""
    admin, created = User.objects.get_or_create(
        email=admin_email,
        defaults={
            "first_name": "Ada",
            "last_name": "Admin",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    password = None
    # Only a new account gets a password: a rerun must not undo a change or sign anyone out.
    if created:
        password = admin_password or secrets.token_urlsafe(12)
        admin.set_password(password)
        admin.save(update_fields=["password"])
    _ensure_identities(admin, ADMIN_IDENTITIES)
    _ensure_consent(admin, recorded_by=admin)
    _ensure_reference_photo(admin)

    for scenario in DEMO_SCENARIOS:
        user, user_created = User.objects.get_or_create(
            email=scenario["email"],
            defaults={"first_name": scenario["first_name"], "last_name": scenario["last_name"]},
        )
        if user_created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        TestScenario.objects.update_or_create(
            name=scenario["name"],
            defaults={"description": scenario["description"], "user": user},
        )
        _ensure_identities(user, scenario["identities"])
        _ensure_consent(user, recorded_by=admin)
    return DemoAdmin(user=admin, password=password)
