import hashlib


def sha256_hex(text: str) -> str:
    """The SHA-256 of `text` (UTF-8), in hex: how a notice's exact wording and a consent
    link's token are kept."""
    return hashlib.sha256(text.encode()).hexdigest()
