from collections.abc import Sequence

import numpy as np


def similarity_to_mean(*, embedding: np.ndarray, others: Sequence[np.ndarray]) -> float:
    """Cosine of a face embedding to the normalised mean of `others`, clipped to 0-1.

    SFace's cosine is at or above `LIKENESS_MATCH_THRESHOLD` for one person; a negative
    cosine says no more than zero does, so 0 is the floor.
    """
    mean = np.mean(np.stack(others), axis=0)
    mean = mean / np.linalg.norm(mean)
    return float(min(1.0, max(0.0, float(np.dot(embedding, mean)))))
