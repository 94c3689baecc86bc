import numpy as np

from services.faces import embedding_from_bytes


def test_a_stored_embedding_reads_back_as_it_was_written() -> None:
    embedding = np.linspace(-1, 1, 128, dtype=np.float32)

    for stored in (embedding.tobytes(), memoryview(embedding.tobytes())):
        read = embedding_from_bytes(stored)
        assert read.dtype == np.float32
        assert np.array_equal(read, embedding)
