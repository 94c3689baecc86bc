import numpy as np
import pytest

from services.faces import similarity_to_mean


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_the_cosine_is_taken_to_the_normalised_mean_of_the_others() -> None:
    others = [unit(1, 0, 0), unit(0, 1, 0)]

    assert similarity_to_mean(embedding=unit(1, 1, 0), others=others) == pytest.approx(1.0)
    assert similarity_to_mean(embedding=unit(1, 0, 0), others=others) == pytest.approx(2**-0.5)


def test_a_negative_cosine_counts_as_zero() -> None:
    assert similarity_to_mean(embedding=unit(-1, 0, 0), others=[unit(1, 0, 0)]) == 0.0
