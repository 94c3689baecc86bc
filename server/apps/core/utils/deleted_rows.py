from dataclasses import dataclass, field


@dataclass
class DeletedRows:
    """What a deletion of some rows removed: how many, and their files' names (the files go
    once the deletion commits; erasure retries them until they are gone)."""

    count: int = 0
    file_names: list[str] = field(default_factory=list)
