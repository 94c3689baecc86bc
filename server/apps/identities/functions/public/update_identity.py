from typing import Any

from django.db import transaction

from apps.core.utils import model_update
from apps.identities.models import Identity


@transaction.atomic
def update_identity(*, identity: Identity, data: dict[str, Any]) -> Identity:
    """Change an identity's name, category, statement or order."""
    identity, _changed = model_update(
        instance=identity, fields=["name", "category", "i_am_statement", "order"], data=data
    )
    return identity
