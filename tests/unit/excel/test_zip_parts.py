"""Streaming a part of a workbook's zip while holding it to the sizes its directory declares."""

from __future__ import annotations

import zipfile
from pathlib import Path

import hostile_files as hostile
import pytest

from lsa_desktop.excel.model import BadSpreadsheet
from lsa_desktop.excel.zip_parts import iter_part

TEXT = b"<row>" + b"0123456789" * 5_000 + b"</row>"


def archive(tmp_path: Path, method: int = zipfile.ZIP_DEFLATED) -> Path:
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w", method) as book:
        book.writestr("xl/part.xml", TEXT)
    return path


def check_part(path: Path, part: zipfile.ZipInfo) -> bytes:
    return b"".join(iter_part(path, part))


def info(path: Path) -> zipfile.ZipInfo:
    with zipfile.ZipFile(path) as book:
        return book.getinfo("xl/part.xml")


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_a_part_comes_whole_in_chunks_no_bigger_than_asked(tmp_path, method):
    path = archive(tmp_path, method)
    chunks = list(iter_part(path, info(path), chunk_bytes=1000))
    assert b"".join(chunks) == TEXT
    assert max(map(len, chunks)) <= (1000 if method == zipfile.ZIP_DEFLATED else 256 * 1024)
    assert check_part(path, info(path)) == TEXT


@pytest.mark.parametrize("chunk_bytes", [1, 2, 3, 7, 1667])
def test_a_part_comes_whole_whatever_the_chunk_size(tmp_path, chunk_bytes):
    path = archive(tmp_path)
    chunks = list(iter_part(path, info(path), chunk_bytes=chunk_bytes))
    assert b"".join(chunks) == TEXT and max(map(len, chunks)) <= chunk_bytes


def test_a_part_bigger_than_declared_is_stopped_at_the_declared_size(tmp_path):
    path = hostile.set_declared_size(archive(tmp_path), "xl/part.xml", 20_000)
    with pytest.raises(BadSpreadsheet, match="holds more than the 20,000 bytes"):
        check_part(path, info(path))


def test_a_part_smaller_than_declared(tmp_path):
    path = hostile.set_declared_size(archive(tmp_path), "xl/part.xml", len(TEXT) + 1)
    with pytest.raises(BadSpreadsheet, match="is shorter than its directory declares"):
        check_part(path, info(path))


def test_a_compressed_stream_cut_short(tmp_path):
    path = archive(tmp_path)
    part = info(path)
    fake = zipfile.ZipInfo(part.filename)
    fake.compress_type, fake.header_offset = part.compress_type, part.header_offset
    fake.compress_size, fake.file_size = part.compress_size - 10, part.file_size
    with pytest.raises(BadSpreadsheet, match=r"xl/part\.xml is cut short"):
        check_part(path, fake)


def test_a_file_cut_short(tmp_path):
    path = archive(tmp_path)
    part = info(path)
    path.write_bytes(path.read_bytes()[: part.header_offset + 40])
    with pytest.raises(BadSpreadsheet, match="is cut short"):
        check_part(path, part)
    path.write_bytes(path.read_bytes()[: part.header_offset + 10])
    with pytest.raises(BadSpreadsheet, match="is cut short"):
        check_part(path, part)


def test_a_part_not_where_the_directory_says(tmp_path):
    path = archive(tmp_path)
    part = info(path)
    part.header_offset += 1
    with pytest.raises(BadSpreadsheet, match="is not where its directory says"):
        check_part(path, part)


def test_a_broken_deflate_stream(tmp_path):
    path = archive(tmp_path)
    part = info(path)
    data = bytearray(path.read_bytes())
    start = part.header_offset + 30 + len(part.filename)
    data[start : start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(BadSpreadsheet, match="cannot be decompressed"):
        check_part(path, part)


def test_a_compression_excel_never_writes(tmp_path):
    path = archive(tmp_path)
    part = info(path)
    part.compress_type = zipfile.ZIP_LZMA
    with pytest.raises(BadSpreadsheet, match="uses a compression Excel never writes"):
        check_part(path, part)


def test_a_file_gone_since_it_was_opened(tmp_path):
    path = archive(tmp_path)
    part = info(path)
    path.unlink()
    with pytest.raises(BadSpreadsheet, match=r'"parts\.xlsx" could not be read'):
        check_part(path, part)
