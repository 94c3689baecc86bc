from collections.abc import Callable

import numpy as np
from PIL import Image, ImageOps

from services.faces import detect_faces, embed_faces


def largest_face_embedding(image: Image.Image) -> np.ndarray:
    faces = detect_faces(image=image)
    return embed_faces(image=image, faces=faces[:1])[0]


def test_an_embedding_is_128_float32_values_of_unit_length(
    picture: Callable[[str], Image.Image],
) -> None:
    embedding = largest_face_embedding(picture("astronaut"))

    assert embedding.shape == (128,)
    assert embedding.dtype == np.float32
    assert abs(float(np.linalg.norm(embedding)) - 1.0) < 1e-5


def test_one_person_is_close_and_two_people_are_far_apart(
    picture: Callable[[str], Image.Image],
) -> None:
    astronaut = largest_face_embedding(picture("astronaut"))
    mirrored = largest_face_embedding(ImageOps.mirror(picture("astronaut")))
    camera = largest_face_embedding(picture("camera"))

    assert float(astronaut @ mirrored) > 0.6
    assert float(astronaut @ camera) < 0.363


def test_each_face_is_embedded_in_the_pixels_of_the_image_it_was_found_in(
    picture: Callable[[str], Image.Image],
) -> None:
    small = largest_face_embedding(picture("astronaut"))
    large = largest_face_embedding(picture("astronaut").resize((2048, 2048)))

    assert float(small @ large) > 0.9


def test_no_faces_give_no_embeddings(picture: Callable[[str], Image.Image]) -> None:
    assert embed_faces(image=picture("coffee"), faces=[]) == []
