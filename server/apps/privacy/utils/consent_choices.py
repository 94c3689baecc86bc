from dataclasses import dataclass

from apps.privacy.models import ConsentScope

from .privacy_notice import PrivacyNotice


@dataclass(frozen=True)
class ConsentChoice:
    scope: ConsentScope
    # What the person agrees to by ticking it, in the notice's own terms.
    sentence: str


_FACE_MATCHING = "their face is measured to check that posters look like them"


def consent_choices(notice: PrivacyNotice) -> list[ConsentChoice]:
    """The scopes a person may agree to under `notice`, each with its sentence, in order."""
    return [
        ConsentChoice(ConsentScope.SEND_TO_PROVIDER, notice.send_to_provider_scope),
        ConsentChoice(ConsentScope.FACE_MATCHING, _FACE_MATCHING),
    ]
