from pathlib import Path

import environ

SERVER_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = SERVER_DIR.parent

env = environ.Env()
# A .env beside the repository root is read when present; real environment variables win.
environ.Env.read_env(REPO_DIR / ".env", overwrite=False)
