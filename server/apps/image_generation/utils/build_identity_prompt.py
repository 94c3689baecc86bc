from apps.identities.models import Identity


def build_identity_prompt(identity: Identity, additional_prompt: str = "") -> str:
    """The generation prompt: a poster composed from the person in the reference photos."""
    prompt = f"""We're creating an Identity Image for the person shown in the reference photos.
Compose a movie poster from that person. One of their Identities is "{identity.name}".
Category: {identity.category}
I Am Statement: {identity.i_am_statement}

Create a professional, confident, and inspiring image for this Identity.
It is critical that the person's face remains intact and recognizable.
The image should be an ideal visualization of them living as this Identity.
Give it a movie poster quality aesthetic.
"""
    if additional_prompt:
        prompt += f"\nAdditional context: {additional_prompt}\n"
    return prompt
