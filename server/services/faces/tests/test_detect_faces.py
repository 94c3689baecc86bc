from collections.abc import Callable

from PIL import Image

from services.faces import detect_faces

from .conftest import on_a_poster


def test_the_astronaut_has_one_face_with_its_landmarks_inside_it(
    picture: Callable[[str], Image.Image],
) -> None:
    (face,) = detect_faces(image=picture("astronaut"))

    assert (face.x, face.y, face.width, face.height) == (178, 63, 90, 113)
    assert face.score > 0.7
    assert len(face.landmarks) == 10  # eyes, nose tip, mouth corners
    xs, ys = face.landmarks[0::2], face.landmarks[1::2]
    assert all(face.x <= x <= face.x + face.width for x in xs)
    assert all(face.y <= y <= face.y + face.height for y in ys)


def test_a_coffee_cup_has_no_face(picture: Callable[[str], Image.Image]) -> None:
    assert detect_faces(image=picture("coffee")) == []


def test_a_large_photo_is_searched_on_a_copy_and_answered_in_its_own_pixels(
    picture: Callable[[str], Image.Image],
) -> None:
    (face,) = detect_faces(image=picture("astronaut").resize((2048, 2048)))

    assert abs(face.x - 4 * 178) <= 12
    assert abs(face.y - 4 * 63) <= 12
    assert abs(face.width - 4 * 90) <= 16
    assert abs(face.height - 4 * 113) <= 16


def test_a_close_up_face_too_large_for_the_first_copy_is_found_on_the_smaller_one(
    picture: Callable[[str], Image.Image],
) -> None:
    close_up = picture("astronaut").crop((130, 20, 320, 210)).resize((3000, 3000))
    assert detect_faces(image=close_up, max_sides=(1536,)) == []

    (face,) = detect_faces(image=close_up)

    assert face.width > 1000


def test_faces_come_largest_first(picture: Callable[[str], Image.Image]) -> None:
    poster = on_a_poster(picture("camera"))
    poster.paste(picture("astronaut").resize((480, 480)), (760, 200))

    faces = detect_faces(image=poster)

    assert len(faces) == 2
    assert faces[0].width * faces[0].height > faces[1].width * faces[1].height
    assert faces[0].x > 760  # the astronaut, pasted larger
