"""A generation stopped before a call to the provider because the caller said not to send."""


class SendingWithheld(Exception):  # noqa: N818 - a stop the caller asked for, not a fault
    """`may_send` answered False right before an attempt: nothing (more) was sent.

    `attempts` counts the attempts made before it (0 when nothing at all was sent; more
    when it stopped a retry after failed attempts), `provider_ms` the time they took.
    """

    def __init__(self, *, attempts: int = 0, provider_ms: int = 0) -> None:
        self.attempts = attempts
        self.provider_ms = provider_ms
        super().__init__(f"Sending withheld before attempt {attempts + 1}.")
