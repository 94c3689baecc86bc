"""Where a poster's face stops being a new picture of the person and is their photo pasted
in: the figures LIKENESS_PASTED_ABOVE is chosen from (figures, not a test).

Over the people of the photos the project ships (the astronaut and the man behind the
camera), the SFace cosine between the face of a reference photo and:

1. the face redrawn: the photo painted over (a median filter), posterised, turned 20° and
   mirrored, or seen at a quarter of its size; the shipped photos hold one picture per
   person, so these stand for a new picture of the person, as a model draws one;
2. the photo itself reworked: mirrored, turned a little, sheared, closer, re-lit, grey,
   smaller, blurred, recompressed, cropped; SFace aligns and normalises a face, so all of
   these stay near the photo (a mirror image too: 0.87-0.95);
3. offline posters drawn from the photo, at every shape at 1K and three at 4K, in four
   candidates' layouts and in refined looks (black and white, sepia, night, warm with a
   rim light): the photo pasted, cut out, graded and scaled.

Run from the repository root: .venv/bin/python bench/pasted_likeness.py [--quick]
(--quick: one offline poster per photo, at 1K).
"""

import io
import os
import statistics

from support import SERVER_DIR, report, sized

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")

import django

django.setup()

import numpy as np  # noqa: E402
from django.conf import settings  # noqa: E402
from PIL import Image, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

from services.faces import detect_faces, embed_faces  # noqa: E402
from services.image_generation import (  # noqa: E402
    PIXEL_SIZES,
    LocalPosterService,
    ReferencePhoto,
    Refinement,
)

FIXTURES = SERVER_DIR / "fixtures" / "images"
REFINEMENTS = ("", "black and white", "sepia", "night sky", "warm, blue rim light")


def picture(name: str) -> Image.Image:
    with Image.open(FIXTURES / f"{name}.png") as image:
        return image.convert("RGB")


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def best_cosine(image: Image.Image, reference: np.ndarray) -> float | None:
    faces = detect_faces(image=image)
    if not faces:
        return None
    return max(float(e @ reference) for e in embed_faces(image=image, faces=faces))


def redrawn(photo: Image.Image) -> dict[str, Image.Image]:
    width, height = photo.size
    mirrored = ImageOps.mirror(photo)
    return {
        "painted": mirrored.filter(ImageFilter.MedianFilter(9)),
        "posterised": ImageOps.posterize(mirrored, 2),
        "turned 20°": mirrored.rotate(20, resample=Image.Resampling.BICUBIC),
        "a quarter size": mirrored.resize((width // 4, height // 4)).resize((width, height)),
        "blurred 3 px": mirrored.filter(ImageFilter.GaussianBlur(3)),
    }


def same_photo(photo: Image.Image) -> dict[str, Image.Image]:
    width, height = photo.size
    return {
        "mirrored": ImageOps.mirror(photo),
        "turned 8°": photo.rotate(8, resample=Image.Resampling.BICUBIC),
        "turned -12°": photo.rotate(-12, resample=Image.Resampling.BICUBIC),
        "sheared": photo.transform(
            photo.size, Image.Transform.AFFINE, (1, 0.18, -40, 0, 1, 0), Image.Resampling.BICUBIC
        ),
        "mirrored, closer": ImageOps.mirror(photo)
        .crop((width // 6, 0, width - width // 6, height * 2 // 3))
        .resize((width, height)),
        "mirrored, re-lit": ImageEnhance.Contrast(
            ImageEnhance.Brightness(ImageOps.mirror(photo)).enhance(0.7)
        ).enhance(1.4),
        "mirrored, grey": ImageOps.grayscale(ImageOps.mirror(photo)).convert("RGB"),
        "smaller": photo.resize((width * 2 // 5, height * 2 // 5)),
        "blurred": photo.filter(ImageFilter.GaussianBlur(2)),
        "JPEG q40": Image.open(io.BytesIO(jpeg(photo, 40))).convert("RGB"),
        "cropped": photo.crop((width // 12, 0, width - width // 12, height - height // 6)),
    }


def posters(photo: Image.Image) -> list[tuple[str, Image.Image]]:
    reference = ReferencePhoto(jpeg(photo), photo.width, photo.height)
    service = LocalPosterService()
    drawn = []
    sizes = sized(
        full=[
            *((ratio, "1K") for ratio in PIXEL_SIZES),
            ("2:3", "4K"),
            ("16:9", "4K"),
            ("1:1", "4K"),
        ],
        quick=[("2:3", "1K")],
    )
    for ratio, resolution in sizes:
        for index, instruction in enumerate(sized(full=REFINEMENTS, quick=REFINEMENTS[:1])):
            variation = 40 + index  # a batch's candidates: each its layout
            refinement = Refinement(instruction, "", b"", "image/jpeg") if instruction else None
            poster = service.generate_image(
                prompt="",
                references=[reference],
                aspect_ratio=ratio,
                resolution=resolution,
                title="Creative Visionary",
                tagline="I am someone who finishes what I start.",
                refinement=refinement,
                variation=variation,
            )
            with Image.open(io.BytesIO(poster.data)) as image:
                image.draft("RGB", (image.width // 2, image.height // 2))
                drawn.append((f"{ratio} {resolution} {instruction}", image.convert("RGB")))
    return drawn


def line(name: str, scores: list[float]) -> None:
    ordered = sorted(scores)
    fifth = ordered[len(ordered) // 20]
    print(
        f"  {name:<34} {len(scores):>3}   min {ordered[0]:.3f}   5th percentile {fifth:.3f}"
        f"   median {statistics.median(scores):.3f}   max {ordered[-1]:.3f}"
    )


def main() -> None:
    above = settings.LIKENESS_PASTED_ABOVE
    groups: dict[str, list[float]] = {}
    for name in ("astronaut", "camera"):
        photo = picture(name)
        faces = detect_faces(image=photo)
        reference = embed_faces(image=photo, faces=faces[:1])[0]
        print(f"\n{name}:")
        for group, pictures in (("redrawn", redrawn(photo)), ("the photo", same_photo(photo))):
            for label, image in pictures.items():
                score = best_cosine(image, reference)
                print(f"  {group}, {label:<22} {score if score is None else round(score, 3)}")
                if score is not None:
                    groups.setdefault(
                        f"{name}: redrawn" if group == "redrawn" else f"{name}: the photo reworked",
                        [],
                    ).append(score)
        scores = [best_cosine(image, reference) for _label, image in posters(photo)]
        found = [score for score in scores if score is not None]
        print(f"  offline posters: a face found in {len(found)} of {len(scores)}")
        groups[f"{name}: offline posters"] = found
    print("\nSFace cosine to the reference photo's face:")
    for name, scores in groups.items():
        line(name, scores)
    print(f"\nAbove LIKENESS_PASTED_ABOVE = {above}:")
    for name, scores in groups.items():
        print(f"  {name:<34} {sum(s > above for s in scores)} of {len(scores)}")
        if scores:
            report(
                f"{name}: cosine min-max, above {above}",
                f"{min(scores):.3f}-{max(scores):.3f}, {sum(s > above for s in scores)}"
                f" of {len(scores)}",
            )


if __name__ == "__main__":
    main()
