# Shared steps of scripts/start.sh and scripts/test.sh. Every step is idempotent and quick when
# its work is already done, so both commands can be run again and again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
# The app is always built with its UI embedded (never the dev-server build), with the same
# feature set everywhere so cargo does not rebuild Tauri back and forth.
APP_FEATURES=(--features tauri/custom-protocol)
APP_BIN="$ROOT/target/debug/jingpin-desktop"

# Debian/Ubuntu packages for building and running the WebKitGTK window and the window tests.
SYSTEM_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver fonts-noto-cjk
  libreoffice-calc-nogui poppler-utils ffmpeg
)

step() { printf '\n==> %s\n' "$*"; }

ensure_system_packages() {
  local missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    step "installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    step "installing system packages with sudo: ${missing[*]}"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "missing system packages; run as root:" >&2
    echo "  $cmd" >&2
    exit 1
  fi
}

ensure_node_modules() {
  # npm ci from the committed lock, only when the lock changed since the last install.
  local stamp="$ROOT/ui/node_modules/.jingpin-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/ui/package-lock.json"; then
    return 0
  fi
  step "npm ci (ui/)"
  (cd "$ROOT/ui" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/ui/package-lock.json" "$stamp"
}

# Python packages the test fixtures are made with (查重's documents: docx, pptx, pdf), pinned.
PYTHON_PACKAGES=(python-docx==1.2.0 python-pptx==1.0.2 reportlab==5.1.0)

ensure_python_packages() {
  python3 -c 'import docx, pptx, reportlab' 2>/dev/null && return 0
  step "pip install ${PYTHON_PACKAGES[*]}"
  python3 -m pip install --quiet --disable-pip-version-check "${PYTHON_PACKAGES[@]}"
}

ensure_tauri_driver() {
  command -v tauri-driver >/dev/null && return 0
  step "cargo install tauri-driver (once, ~1 min)"
  cargo install tauri-driver --version '^2' --locked --quiet
}

build_ui() {
  step "building the UI (vue-tsc + vite)"
  (cd "$ROOT/ui" && npm run --silent build)
}

build_app() {
  build_ui
  step "building the desktop app and the CLI"
  (cd "$ROOT" && cargo build --quiet -p jingpin-desktop "${APP_FEATURES[@]}" && cargo build --quiet -p jingpin)
}
