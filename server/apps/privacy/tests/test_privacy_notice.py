"""The privacy notice: one versioned text that says, in plain words, who is responsible, what
is kept and why, who sees it, where photos go, for how long, and how to use one's rights."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper
from rest_framework.test import APIClient

from apps.privacy.utils import PRIVACY_NOTICE_VERSION, privacy_notice

pytestmark = pytest.mark.django_db

SERVER_DIR = Path(__file__).resolve().parents[3]
NOTICE = "/api/v1/privacy/notice/"

# The words of each version, under the settings of `fixed_settings` (SHA-256 of the text with
# Gemini, then offline). Changing the words without moving PRIVACY_NOTICE_VERSION fails here:
# move the version, then put the new version and its hashes in place of these.
WORDS_OF_VERSION = {
    "2026-12.3": (
        "a31c68b226bf8078356ba5196d333ccb904c9c1d33bff8d413a34235a01be2e1",
        "a8fb839f5bf8a17efd7d4fa35f7249a02b5effff1e828838e38d0017ab78b820",
    ),
}


@pytest.fixture
def fixed_settings(settings: SettingsWrapper) -> SettingsWrapper:
    settings.PRIVACY_CONTROLLER_NAME = "Northwind Coaching Ltd"
    settings.PRIVACY_CONTACT_EMAIL = "privacy@northwind.example"
    settings.REFERENCE_PHOTO_RETENTION_DAYS = 200
    settings.UNSAVED_POSTER_RETENTION_DAYS = 14
    settings.IMAGE_PROVIDER = "gemini"
    return settings


def words_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_the_version_moves_whenever_the_words_do(fixed_settings: SettingsWrapper) -> None:
    with_gemini = words_hash(privacy_notice().text)
    fixed_settings.IMAGE_PROVIDER = "local"
    offline = words_hash(privacy_notice().text)

    assert PRIVACY_NOTICE_VERSION in WORDS_OF_VERSION, (
        f"Record the words of version {PRIVACY_NOTICE_VERSION}: {(with_gemini, offline)!r}"
    )
    assert WORDS_OF_VERSION[PRIVACY_NOTICE_VERSION] == (with_gemini, offline), (
        "The notice's words changed: move PRIVACY_NOTICE_VERSION and record the new words "
        f"as {(with_gemini, offline)!r}."
    )


def test_the_notice_says_who_is_responsible_and_how_to_reach_them(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    text = user_client.get(NOTICE).json()["text"]

    assert "Who is responsible for your data: Northwind Coaching Ltd." in text
    assert "Write to privacy@northwind.example" in text


def test_while_debugging_without_a_name_the_notice_says_so_plainly(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    fixed_settings.PRIVACY_CONTROLLER_NAME = ""  # a server not debugging refuses to start
    fixed_settings.PRIVACY_CONTACT_EMAIL = ""

    text = user_client.get(NOTICE).json()["text"]

    assert "the operator of this service, whose name is not set yet" in text
    assert "Write to" not in text
    assert "To use any of these rights, ask an admin, or open the consent link" in text


def test_the_notice_says_what_is_stored_why_and_who_sees_it(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    text = user_client.get(NOTICE).json()["text"]

    assert "What we store and why: up to 5 photos of you" in text
    assert "to make movie-poster images of you" in text
    assert "numbers measured from your face" in text
    assert "a log of what was done with your data" in text
    assert "Who can see it: the admins of this service" in text


def test_with_gemini_the_notice_names_google_its_abuse_log_and_logging_off(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    notice = user_client.get(NOTICE).json()

    assert "sent to Google's Gemini API" in notice["text"]
    assert "sent with logging off" in notice["text"]
    assert "up to 55 days to watch for abuse" in notice["text"]
    assert "Google's Gemini API" in notice["send_to_provider_scope"]


def test_offline_the_notice_says_photos_go_nowhere(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    fixed_settings.IMAGE_PROVIDER = "local"

    text = user_client.get(NOTICE).json()["text"]

    assert "Where your photos go: nowhere." in text
    assert "Google" not in text
    assert "55 days" not in text


def test_the_notice_says_how_long_each_thing_is_kept(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    text = user_client.get(NOTICE).json()["text"]

    assert "a photo is deleted 200 days after it was last used" in text
    assert "not saved to an identity is deleted after 14 days" in text
    assert "A poster saved to an identity is kept until it is deleted or you are erased" in text
    assert "The log of what was done is kept for as long as this service runs" in text


def test_the_notice_says_the_persons_rights_and_how_to_use_them(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    text = user_client.get(NOTICE).json()["text"]

    assert (
        "you can see the data kept about you, download a copy of it, withdraw your consent"
    ) in text
    assert "have it erased" in text
    assert "ask an admin of this service (or write to privacy@northwind.example)" in text
    assert "the consent link you were sent" in text


def test_the_served_fields_stay_as_they_are(
    user_client: APIClient, fixed_settings: SettingsWrapper
) -> None:
    notice = user_client.get(NOTICE).json()

    assert {"version", "text", "send_to_provider_scope"} <= set(notice)
    assert notice["version"] == PRIVACY_NOTICE_VERSION
    assert notice["text"] == privacy_notice().text


def start_settings(tmp_path: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """Load the settings in a fresh process, as every start does, with these variables."""
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": "x" * 50,
        "DATA_DIR": str(tmp_path),
        "PRIVACY_CONTROLLER_NAME": "Northwind Coaching Ltd",
        "PRIVACY_CONTACT_EMAIL": "privacy@northwind.example",
        **variables,
    }
    return subprocess.run(
        [sys.executable, "-c", "import settings.common"],
        cwd=SERVER_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("setting", ["PRIVACY_CONTROLLER_NAME", "PRIVACY_CONTACT_EMAIL"])
def test_a_server_not_debugging_refuses_to_start_without_who_is_responsible(
    tmp_path: Path, setting: str
) -> None:
    refused = start_settings(tmp_path, DJANGO_DEBUG="0", **{setting: ""})
    debugging = start_settings(tmp_path, DJANGO_DEBUG="1", **{setting: ""})

    assert refused.returncode != 0
    assert f"Set {setting} to " in refused.stderr
    assert debugging.returncode == 0, debugging.stderr


def test_a_contact_that_is_not_an_e_mail_address_is_refused(tmp_path: Path) -> None:
    refused = start_settings(tmp_path, DJANGO_DEBUG="0", PRIVACY_CONTACT_EMAIL="privacy")

    assert refused.returncode != 0
    assert "PRIVACY_CONTACT_EMAIL must be an e-mail address" in refused.stderr
