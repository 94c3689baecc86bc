from pathlib import Path

import environ

SERVER_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = SERVER_DIR.parent

env = environ.Env()
# A .env beside the repository root is read when present; real environment variables win.
environ.Env.read_env(REPO_DIR / ".env", overwrite=False)


def retention_setting(name: str, default: int) -> int | str:
    """A retention period (how long something of a person is kept) as set: a whole number,
    or else the text as given. The privacy app's system check refuses the text, or a number
    below 1, at every start with a sentence naming the setting; reading it with `env.int`
    would stop at import with a traceback instead."""
    value = str(env.str(name, default=str(default))).strip()
    try:
        return int(value)
    except ValueError:
        return value
