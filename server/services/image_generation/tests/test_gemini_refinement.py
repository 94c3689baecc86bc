"""Refinements through the real google-genai client: the fake server checks the signatures."""

import dataclasses
import io
from collections.abc import Callable

import pytest
from PIL import Image

from services.image_generation import (
    GeminiImageService,
    GeneratedImage,
    ImageGenerationError,
    LocalPosterService,
    ReferencePhoto,
    Refinement,
    TurnPart,
)
from testing.fake_gemini import FakeGeminiServer

MakeService = Callable[..., GeminiImageService]


def first_poster(service: GeminiImageService, astronaut: ReferencePhoto) -> GeneratedImage:
    return service.generate_image(
        prompt="A poster.", references=[astronaut], aspect_ratio="1:1", resolution="1K"
    )


def refinement_of(image: GeneratedImage, turn: tuple[TurnPart, ...] | None = None) -> Refinement:
    return Refinement(
        instruction="warmer light",
        parent_prompt="A poster.",
        parent_image=image.data,
        parent_mime_type=image.mime_type,
        parent_turn=image.model_turn if turn is None else turn,
    )


def refine(
    service: GeminiImageService, astronaut: ReferencePhoto, refinement: Refinement
) -> GeneratedImage:
    return service.generate_image(
        prompt="Edit the poster: warmer light.",
        references=[astronaut],
        aspect_ratio="1:1",
        resolution="1K",
        refinement=refinement,
    )


def test_the_answer_turn_keeps_every_signature_as_received(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    image = first_poster(make_service(), astronaut)

    text, poster = image.model_turn
    assert (text.text, text.is_image) == ("Here is your poster.", False)
    assert poster.is_image
    assert poster.text is None
    assert text.thought_signature
    assert poster.thought_signature
    assert text.thought_signature != poster.thought_signature


def test_a_kept_turn_is_accepted_and_draws_another_poster(
    make_service: MakeService, fake_gemini: FakeGeminiServer, astronaut: ReferencePhoto
) -> None:
    service = make_service()
    parent = first_poster(service, astronaut)

    child = refine(service, astronaut, refinement_of(parent))

    assert fake_gemini.requests[-1].status == 200
    assert fake_gemini.requests[-1].roles == ["user", "model", "user"]
    assert child.data != parent.data
    assert child.model_turn[-1].thought_signature != parent.model_turn[-1].thought_signature


def _reencoded(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=9)
        return buffer.getvalue()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda r: dataclasses.replace(
                r,
                parent_turn=tuple(
                    dataclasses.replace(p, thought_signature=None) if p.is_image else p
                    for p in r.parent_turn
                ),
            ),
            "Image part is missing a thought_signature in content position 2, part position 2.",
        ),
        (
            lambda r: dataclasses.replace(
                r,
                parent_turn=tuple(
                    dataclasses.replace(p, thought_signature=p.thought_signature[:-1] + b"x")
                    if p.text
                    else p
                    for p in r.parent_turn
                ),
            ),
            "Unable to submit request because Thought signature is not valid in content "
            "position 2, part position 1.",
        ),
        (
            lambda r: dataclasses.replace(r, parent_image=_reencoded(r.parent_image)),
            "Unable to submit request because Thought signature is not valid in content "
            "position 2, part position 2.",
        ),
    ],
    ids=["dropped", "altered", "image-re-encoded"],
)
def test_a_spoilt_turn_is_refused_as_the_api_does(
    make_service: MakeService,
    fake_gemini: FakeGeminiServer,
    astronaut: ReferencePhoto,
    spoil: Callable[[Refinement], Refinement],
    message: str,
) -> None:
    service = make_service()
    parent = first_poster(service, astronaut)

    with pytest.raises(ImageGenerationError) as caught:
        refine(service, astronaut, spoil(refinement_of(parent)))

    assert caught.value.code == ImageGenerationError.BAD_REQUEST
    assert caught.value.attempts == 1  # a 400 is not retried
    assert fake_gemini.requests[-1].status == 400
    assert message in caught.value.detail


def test_offline_refinement_changes_the_palette_keeps_the_format_and_says_what_it_read(
    astronaut: ReferencePhoto,
) -> None:
    service = LocalPosterService()
    options = {
        "prompt": "p",
        "references": [astronaut],
        "aspect_ratio": "3:4",
        "resolution": "1K",
        "title": "Night Runner",
    }
    parent = service.generate_image(**options)
    child = service.generate_image(
        **options,
        refinement=refinement_of(parent, turn=()),
    )
    again = service.generate_image(**options, refinement=refinement_of(parent, turn=()))

    assert (child.width, child.height) == (parent.width, parent.height)
    assert child.data == again.data  # deterministic
    assert child.refinement_understood == "warm orange palette"  # "warmer light"
    assert parent.refinement_understood is None
    with Image.open(io.BytesIO(parent.data)) as a, Image.open(io.BytesIO(child.data)) as b:
        corner_a, corner_b = a.getpixel((5, 5)), b.getpixel((5, 5))
    assert corner_a != corner_b  # another palette
