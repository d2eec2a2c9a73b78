"""Model backends and `load_model`, which picks one from a spec.

Spec forms: a zoo name, a path to a .gguf file, a local Hugging Face directory, an
`http(s)://host:port/v1` OpenAI-compatible endpoint, a hub id, or a Python callable.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from guard.backends.base import Capabilities, GenerateOptions, Generation, Model
from guard.backends.zoo import DEFAULT_MODEL, ZOO

__all__ = ["Capabilities", "GenerateOptions", "Generation", "Model", "load_model", "ZOO",
           "DEFAULT_MODEL"]


def load_model(spec: str | Path | Callable[[str], str] = DEFAULT_MODEL, *, dtype: str = "float32",
               **kwargs) -> Model:
    """Return a `Model` for `spec` (see the module docstring for the accepted forms).

    Extra keyword arguments go to the chosen backend (for an endpoint: `model_name`,
    `concurrency`, `timeout`, ...).
    """
    if callable(spec) and not isinstance(spec, (str, Path)):
        from guard.backends.blackbox import CallableModel

        return CallableModel(spec, **kwargs)
    if not isinstance(spec, (str, Path)):
        raise TypeError(f"model spec must be a name, path, URL or callable, got {type(spec).__name__}")
    text = str(spec).strip()
    if not text:
        raise ValueError("model spec is empty")
    if text.startswith(("http://", "https://")):
        from guard.backends.openai_http import OpenAIModel

        return OpenAIModel(text, **kwargs)

    from guard.backends import hf_loader, zoo

    if (name := zoo.canonical(text)) is not None:
        path, sha = zoo.resolve(name)
        return hf_loader.load_gguf(path, known_sha256=sha, zoo_name=name, dtype=dtype)
    path = Path(text).expanduser()
    if path.suffix == ".gguf":
        return hf_loader.load_gguf(path, dtype=dtype)
    if path.is_dir():
        return hf_loader.load_dir(path, dtype=dtype)
    if path.exists() or text.startswith((".", "/", "~")) or text.count("/") != 1:
        raise ValueError(
            f"cannot load model '{text}': not a zoo name ({', '.join(ZOO)}), a .gguf file, "
            "a model directory, an http(s):// endpoint or a hub id of the form org/name"
        )
    return hf_loader.load_hub(text, dtype=dtype)
