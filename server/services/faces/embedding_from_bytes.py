import numpy as np


def embedding_from_bytes(data: bytes | memoryview) -> np.ndarray:
    """A stored face embedding (128 float32 values, as `ndarray.tobytes` wrote them)."""
    return np.frombuffer(bytes(data), dtype=np.float32)
