"""Load transformers models from a GGUF file, a local directory or a hub id.

GGUF files are de-quantised to float32 once and cached as safetensors (see `cache`), keyed by
the file's identity, so the second load takes about a second. Heavy imports stay inside.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from guard.backends import cache
from guard.backends.cache import sparse_hash


def _gguf_key(path: Path) -> str:
    st = path.stat()
    ident = f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return hashlib.sha256(ident.encode()).hexdigest()[:24]


def _dir_fingerprint(path: Path) -> str:
    """Identity of a HF directory: its config plus sparse hashes of the weight files."""
    digest = hashlib.sha256()
    for p in sorted(path.iterdir()):
        if p.name == "config.json":
            digest.update(p.read_bytes())
        elif p.suffix in {".safetensors", ".bin", ".gguf"}:
            digest.update(p.name.encode() + sparse_hash(p).encode())
    return "sha256:" + digest.hexdigest()


def load_gguf(path: Path, *, known_sha256: str | None = None, zoo_name: str | None = None,
              dtype: str = "float32"):
    """Return an `HFModel` for a GGUF file, converting through the cache when needed."""
    from guard.backends import zoo

    if not path.is_file():
        raise FileNotFoundError(f"GGUF file not found: {path}")
    entry = cache.entry_dir("converted", _gguf_key(path) + f"-{dtype}")
    if cache.is_valid(entry):
        sha = cache.read_manifest(entry)["source_sha256"]
    else:
        sha = cache.file_sha256(path)
        if known_sha256 and zoo_name and sha != known_sha256:
            zoo.verify(path, known_sha256, zoo_name)  # raises with the reinstall command
        _convert(path, entry, sha, dtype)
    name = zoo_name or path.name
    try:
        return _load_dir(entry, name=name, fingerprint=f"gguf-sha256:{sha}", dtype=dtype)
    except Exception:  # a valid-looking entry that fails to load is rebuilt once
        cache.discard(entry)
        _convert(path, entry, sha, dtype)
        return _load_dir(entry, name=name, fingerprint=f"gguf-sha256:{sha}", dtype=dtype)


def _convert(path: Path, entry: Path, sha: str, dtype: str) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    cache.discard(entry)
    tmp = entry.with_name(entry.name + f".tmp{os.getpid()}")
    cache.discard(tmp)
    tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    model = AutoModelForCausalLM.from_pretrained(
        path.parent, gguf_file=path.name, dtype=getattr(torch, dtype)
    )
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    cache.seal(tmp, source=str(path), source_sha256=sha)
    os.replace(tmp, entry)


def load_dir(path: Path, *, dtype: str = "float32"):
    """Return an `HFModel` for a local Hugging Face model directory."""
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"{path} is not a Hugging Face model directory (no config.json)")
    return _load_dir(path, name=path.name, fingerprint=_dir_fingerprint(path), dtype=dtype)


def load_hub(model_id: str, *, dtype: str = "float32"):
    """Return an `HFModel` for a hub id (needs the hub or a populated HF cache)."""
    from huggingface_hub import snapshot_download

    try:
        local = Path(snapshot_download(model_id, allow_patterns=["*.json", "*.safetensors",
                                                                 "*.model", "*.txt", "*.jinja"]))
    except Exception as exc:
        raise OSError(
            f"could not fetch '{model_id}' from the Hugging Face hub ({type(exc).__name__}: "
            f"{exc}). Offline? Use a zoo name, a local directory or a .gguf path instead."
        ) from exc
    return _load_dir(local, name=model_id, fingerprint=_dir_fingerprint(local), dtype=dtype)


def _load_dir(path: Path, *, name: str, fingerprint: str, dtype: str):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from guard.backends.hf import HFModel

    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=getattr(torch, dtype))
    return HFModel(model, tokenizer, name=name, fingerprint=fingerprint)

