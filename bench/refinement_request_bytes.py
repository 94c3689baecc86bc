"""Request bytes of a first generation and of a refinement of a 4K poster, five references.

A first generation sends the prompt and the five model-ready JPEGs. A refinement sends the
parent's user turn (its prompt and the same five JPEGs), the parent's model turn (its text,
its 4K poster as stored and every thought signature) and the new instruction. A parent with
no kept turn (offline, or older) is edited in one turn: instruction, poster, references.
All three go through the real google-genai client to the fake Gemini server, which measures
the body it received. Five 12-megapixel phone-like photos are prepared as uploads are
(with --quick, one small photo).
Run from the repository root: .venv/bin/python bench/refinement_request_bytes.py
"""

import io
import os

from support import phone_photo, report, sized

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")

import django

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from PIL import Image  # noqa: E402

from apps.image_generation.utils import build_refinement_prompt  # noqa: E402
from apps.reference_images.utils.prepare_reference_image import (  # noqa: E402
    prepare_reference_image,
)
from services.image_generation import GeminiImageService, ReferencePhoto, Refinement  # noqa: E402
from testing.fake_gemini import FakeGeminiServer  # noqa: E402

PROMPT = "Compose a movie poster from the person in the reference photos. " * 10
INSTRUCTION = "make the background a night sky"
PHOTOS = sized(full=5, quick=1)
PHOTO_SIZE = sized(full=(4000, 3000), quick=(800, 600))


def references() -> list[ReferencePhoto]:
    photos = []
    for seed in range(PHOTOS):
        prepared = prepare_reference_image(
            file=ContentFile(phone_photo(seed, PHOTO_SIZE), name="p.jpg"), embed=False
        )
        with Image.open(io.BytesIO(prepared.model_image_bytes)) as image:
            photos.append(ReferencePhoto(prepared.model_image_bytes, image.width, image.height))
    return photos


def main() -> None:
    photos = references()
    with FakeGeminiServer() as fake:
        service = GeminiImageService(api_key=fake.api_key, base_url=fake.base_url)
        options = {"references": photos, "aspect_ratio": "16:9", "resolution": "4K"}
        parent = service.generate_image(prompt=PROMPT, **options)
        refinement = Refinement(
            instruction=INSTRUCTION,
            parent_prompt=PROMPT,
            parent_image=parent.data,
            parent_mime_type=parent.mime_type,
            parent_turn=parent.model_turn,
        )
        prompt = build_refinement_prompt(INSTRUCTION)
        service.generate_image(prompt=prompt, refinement=refinement, **options)
        single = Refinement(
            instruction=INSTRUCTION,
            parent_prompt=PROMPT,
            parent_image=parent.data,
            parent_mime_type=parent.mime_type,
        )
        service.generate_image(prompt=prompt, refinement=single, **options)
        first, multi, one_turn = fake.requests
    jpegs = sum(len(photo.jpeg) for photo in photos)
    print(
        f"references: {PHOTOS} photos, {jpegs:,} bytes of JPEG; "
        f"4K parent poster: {len(parent.data):,} bytes"
    )
    for label, request in (
        ("first generation", first),
        ("refinement, kept turn (3 contents)", multi),
        ("refinement, single turn", one_turn),
    ):
        print(
            f"{label:36} request body {request.body_bytes:>12,} bytes, "
            f"{len(request.images)} images, status {request.status}"
        )
    for label, request in (("kept turn", multi), ("single turn", one_turn)):
        report(
            f"refinement request body, {label}",
            f"{request.body_bytes / 1e6:.2f} MB",
            baseline=f"{first.body_bytes / 1e6:.2f} MB (first generation)",
        )


if __name__ == "__main__":
    main()
