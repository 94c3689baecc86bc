from .build_identity_prompt import build_identity_prompt
from .load_reference_photos import load_reference_photos

__all__ = ["build_identity_prompt", "load_reference_photos"]
