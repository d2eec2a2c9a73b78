#!/usr/bin/env bash
# Build llama.cpp's native `llama-server` (parallel slots sharing one continuous batch) from the
# llama.cpp that llama-cpp-python vendors, at the installed llama-cpp-python version, so the
# serving benchmark can compare it with llama-cpp-python's own one-request-at-a-time server.
#
#   bash benchmarks/build_llama_server.sh [DEST_DIR]   # default ~/.cache/llama-cpp-native
#   LLAMA_SERVER=~/.cache/llama-cpp-native/llama-server python benchmarks/serving.py
#
# Needs cmake and a C++ compiler; takes several minutes on two cores.
set -euo pipefail
python=${PYTHON:-python}
version=$("$python" -c "import importlib.metadata as m; print(m.version('llama_cpp_python'))")
dest=${1:-$HOME/.cache/llama-cpp-native}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m pip download --quiet --no-binary :all: --no-deps "llama-cpp-python==$version" -d "$work"
tar -xzf "$work"/llama_cpp_python-*.tar.gz -C "$work"
src=$(echo "$work"/llama_cpp_python-*/vendor/llama.cpp)
cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DLLAMA_BUILD_SERVER=ON \
  -DBUILD_SHARED_LIBS=OFF -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF
cmake --build "$work/build" --target llama-server -j"$(nproc)"
install -D -m 755 "$work/build/bin/llama-server" "$dest/llama-server"
echo "built $dest/llama-server (llama.cpp vendored by llama-cpp-python $version)"
