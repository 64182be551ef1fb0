# Shared by scripts/demo and scripts/test: a Python >= 3.12, uv, and the locked environment.
# Sourced, not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_python() {
  local candidate
  for candidate in python3.13 python3.12 "$(command -v pyenv >/dev/null 2>&1 && pyenv root)"/versions/3.1[2-9]*/bin/python3 python3; do
    if [ -n "$candidate" ] && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
      command -v "$candidate" 2>/dev/null || echo "$candidate"
      return 0
    fi
  done
  echo "Kembali needs Python 3.12 or newer; none was found." >&2
  return 1
}

if ! command -v uv >/dev/null 2>&1; then
  echo "Installing uv ..."
  python3 -m pip install --quiet --disable-pip-version-check uv
  export PATH="$HOME/.local/bin:$PATH"
fi
# PyICU (the identity engine's transliteration) builds against the system's ICU.
if ! pkg-config --exists icu-i18n 2>/dev/null; then
  echo "Installing Debian's libicu-dev and pkg-config for PyICU ..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libicu-dev pkg-config g++ >/dev/null
fi
export UV_PYTHON="${UV_PYTHON:-$(find_python)}"
export UV_PYTHON_DOWNLOADS=never
uv sync --frozen --quiet
# The identity engine's matching compiled to C by mypyc, a fifth faster; where it cannot be
# (no C compiler), the same code runs as Python (kembali/identity/matching/compiled.py).
if ! uv run --frozen --no-sync kembali identity compile --check >/dev/null 2>&1; then
  echo "Compiling the identity engine with mypyc (about a minute, once) ..."
  uv run --frozen --no-sync kembali identity compile >.venv/kembali-compile.log 2>&1 \
    || echo "The identity engine was not compiled and runs as Python; see .venv/kembali-compile.log." >&2
fi
