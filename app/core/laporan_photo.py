"""A documentation photo of a laporan as stored: its order, caption and original file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoredPhoto:
    id: int
    position: int
    caption: str
    original_name: str
    file_name: str  # the original, named by its SHA-256, in the photo folder
    sha256: str
    width: int
    height: int
