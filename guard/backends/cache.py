"""The user cache of converted weights, with a manifest that detects corrupt entries.

Converting GGUF to float32 takes tens of seconds; a converted safetensors copy loads in about a
second. An entry is valid only if its manifest (written last) lists every file with the right
size and a sparse content hash, so a half-written or damaged entry is rebuilt, not trusted.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

MANIFEST = "guard-manifest.json"


def cache_root() -> Path:
    """`$GUARD_CACHE_DIR`, else `$XDG_CACHE_HOME/hallucination-guard`, else ~/.cache/..."""
    if env := os.environ.get("GUARD_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "hallucination-guard"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def sparse_hash(path: Path, samples: int = 16, block: int = 1 << 16) -> str:
    """Hash of size plus evenly spaced blocks: catches truncation and most damage in ms."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with open(path, "rb") as f:
        for i in range(samples):
            f.seek(max(0, (size - block) * i // max(1, samples - 1)))
            digest.update(f.read(block))
    return digest.hexdigest()


def entry_dir(kind: str, key: str) -> Path:
    return cache_root() / kind / key


def is_valid(entry: Path) -> bool:
    """True when the entry's manifest exists and every listed file matches it."""
    try:
        manifest = json.loads((entry / MANIFEST).read_text())
        files = manifest["files"]
        return bool(files) and all(
            sparse_hash(entry / name) == digest for name, digest in files.items()
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False


def read_manifest(entry: Path) -> dict:
    return json.loads((entry / MANIFEST).read_text())


def seal(entry: Path, **info: object) -> None:
    """Write the manifest last, listing every file in the entry."""
    files = {
        p.name: sparse_hash(p) for p in sorted(entry.iterdir()) if p.is_file() and p.name != MANIFEST
    }
    tmp = entry / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"files": files, **info}, indent=1))
    os.replace(tmp, entry / MANIFEST)


def discard(entry: Path) -> None:
    shutil.rmtree(entry, ignore_errors=True)
