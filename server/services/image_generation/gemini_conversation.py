"""The contents of a Gemini request, and the answer turn kept to continue it later.

A refinement sends the conversation back as Gemini wants it for an edit: the parent's user
turn, the parent's model turn with every thought signature byte-for-byte (the API answers
400 otherwise), then the new instruction. A parent whose turn was not kept is edited in a
single turn from its poster.
"""

from typing import Any

from google.genai import types

from .provider_result import ReferencePhoto, Refinement, TurnPart


def build_gemini_contents(
    prompt: str, references: list[ReferencePhoto], refinement: Refinement | None
) -> list[Any]:
    photos = [
        types.Part.from_bytes(data=reference.jpeg, mime_type="image/jpeg")
        for reference in references
    ]
    if refinement is None:
        return [prompt, *photos]
    parent_poster = types.Part.from_bytes(
        data=refinement.parent_image, mime_type=refinement.parent_mime_type
    )
    if not refinement.parent_turn:
        return [types.Content(role="user", parts=[types.Part(text=prompt), parent_poster, *photos])]
    model_parts = [
        types.Part(inline_data=parent_poster.inline_data, thought_signature=part.thought_signature)
        if part.is_image
        else types.Part(text=part.text, thought_signature=part.thought_signature)
        for part in refinement.parent_turn
    ]
    return [
        types.Content(role="user", parts=[types.Part(text=refinement.parent_prompt), *photos]),
        types.Content(role="model", parts=model_parts),
        types.Content(role="user", parts=[types.Part(text=prompt)]),
    ]


def read_model_turn(parts: list[types.Part], poster: types.Part) -> tuple[TurnPart, ...]:
    """The answer's text parts and its poster part, each with its signature as received.

    Thought parts are left out: they carry no signature and are not sent back.
    """
    turn: list[TurnPart] = []
    for part in parts:
        if part is poster:
            turn.append(TurnPart(is_image=True, thought_signature=part.thought_signature))
        elif part.text is not None and not part.thought:
            turn.append(TurnPart(text=part.text, thought_signature=part.thought_signature))
    return tuple(turn)
