def build_refinement_prompt(instruction: str) -> str:
    """The user turn of a refinement: the admin's edit, and that the person must not change."""
    return f"""Edit the poster you made: {instruction.strip()}
Keep the person exactly the same: the same face, features and identity as in the reference
photos. Change only what this instruction asks for and keep everything else of the poster.
"""
