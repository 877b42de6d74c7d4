"""read_json parses a store as it reads it, the articles and claims tables a piece at a time: the same data
as one whole parse, and any piece that is not cut between two documents makes it parse the file whole
instead (in pieces where it can, else in one go)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from store import Store, storage
from store.storage import StoreCorruptError, read_json, write_json_atomic


@pytest.fixture(params=[1, 40, 1 << 20], ids=["every-document", "a-few-documents", "default"])
def piece(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(storage, "PIECE", request.param)
    return int(request.param)


def _whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records the files read whole (the fallback when a file cannot be parsed as it is read)."""
    reads: list[Path] = []
    read_bytes = storage._read_bytes

    def recording(path: Path) -> bytearray | None:
        reads.append(path)
        return read_bytes(path)

    monkeypatch.setattr(storage, "_read_bytes", recording)
    return reads


def test_a_store_reads_the_same_in_pieces(small_store: Store, piece: int, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = orjson.loads(small_store.path.read_bytes())
    reads = _whole_reads(monkeypatch)
    assert read_json(small_store.path) == whole
    assert reads == []  # parsed as it was read, never read whole


def test_a_store_read_whole_reads_the_same_in_pieces(
    small_store: Store, piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = orjson.loads(small_store.path.read_bytes())
    monkeypatch.setattr(storage, "_streamed", lambda path: None)
    assert read_json(small_store.path) == whole


@pytest.mark.parametrize(
    "data",
    [
        {"articles": {"1": {"x": {}, "claims": {"deep": 1}}, "2": {"y": 2}}, "claims": {"3": {"a": 1}}},
        {"articles": {"1": {"n": {"a": {"b": 1}, "c": 2}}, "2": {}}, "claims": {"4": {"n": {"x": {}, "y": 1}}}},
        {"articles": {"1": {"t": '},"2":{'}}, "claims": {"5": {"t": '},"6":{ escaped'}, "6": {}}},
        {"articles": {}, "claims": {}, "actors": {}, "conflicts": {}, "meta": {}},
        {"articles": {"1": {}}, "meta": {"1": {}}, "claims": {"2": {}}, "actors": {"3": {}}},  # meta before claims
        {"articles": {"1": {}}, "claims": {"2": {"actors": {"x": 1}}}},  # an "actors" key inside a claim
        {"articles": {"1": {}}, "claims": {"2": {}}, "other": {"1": {}}, "actors": {}},  # a table in between
    ],
)
def test_odd_layouts_read_as_a_whole_parse(tmp_path: Path, piece: int, data: dict[str, Any]) -> None:
    path = tmp_path / "store.json"
    write_json_atomic(path, data)
    assert read_json(path) == data


def test_a_broken_document_in_a_piece_is_reported(tmp_path: Path, piece: int) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b'{"articles":{"1":{},"2":{"a":}},"claims":{"3":{}},"actors":{},"conflicts":{},"meta":{}}')
    with pytest.raises(StoreCorruptError, match="invalid JSON"):
        read_json(path)
