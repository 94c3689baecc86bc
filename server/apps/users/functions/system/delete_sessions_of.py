from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session

from apps.users.models import User


def delete_sessions_of(*, person: User) -> int:
    """Delete every stored sign-in session of a person (expired ones too); answers how many.

    A session names its user only inside its encoded data, so each is decoded; each goes
    through the session engine, which also drops a cached copy.
    """
    store = import_module(settings.SESSION_ENGINE).SessionStore
    keys = [
        session.session_key
        for session in Session.objects.iterator()
        if session.get_decoded().get(SESSION_KEY) == str(person.pk)
    ]
    for key in keys:
        store(session_key=key).delete()
    return len(keys)
