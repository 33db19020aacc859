"""The ids of new records: version-7 UUIDs, one at a time or a chunk's at once as stored text."""

from __future__ import annotations

import time
import uuid

from lsa_desktop.store.models.base import new_id, new_id_texts


def test_a_chunks_ids_are_distinct_version_7_uuids_of_this_moment():
    before = time.time_ns() // 1_000_000
    texts = new_id_texts(5_000)
    after = time.time_ns() // 1_000_000

    assert len(texts) == len(set(texts)) == 5_000
    for text in texts:
        assert len(text) == 32 and text == text.lower()
        value = uuid.UUID(text)
        assert value.hex == text  # the very text the database stores for the UUID
        assert value.version == 7 and value.variant == uuid.RFC_4122
        assert before <= value.int >> 80 <= after
    # All four variant digits occur, and the 12 random bits in front spread over their 4,096 values.
    assert {text[16] for text in texts} == set("89ab")
    assert len({text[13:16] for text in texts}) > 2_700  # about 2,890 expected of 5,000 draws


def test_ids_made_one_at_a_time_and_by_the_chunk_have_the_same_form():
    one = new_id()
    chunk = uuid.UUID(new_id_texts(1)[0])
    assert (one.version, one.variant) == (chunk.version, chunk.variant)
    assert abs((one.int >> 80) - (chunk.int >> 80)) < 1_000  # the same millisecond clock
    assert new_id_texts(0) == []
