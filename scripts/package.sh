#!/usr/bin/env bash
# Builds the installable Debian/信创 (UOS, Kylin) package: dist/jingpin-desktop_<version>_amd64.deb,
# holding the window (`jingpin-desktop`) and the command line (`jingpin`) in /usr/bin, the menu
# entry (精品课评审台, Office/Education), the icons and the `.jpsession` file type. Release
# builds; offline (nothing is downloaded beyond the registries the project already uses); the
# version is the workspace's (Cargo.toml [workspace.package]). Idempotent.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_system_packages
ensure_node_modules

VERSION="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml")"
step "packaging version $VERSION"

step "the command line, release build"
(cd "$ROOT" && cargo build --quiet --release -p jingpin)

step "the window and its .deb (Tauri's bundler)"
# the bundler builds the UI (beforeBuildCommand) and the release app, then the package
(cd "$ROOT/ui" && TAURI_APP_PATH=../src-tauri CI=true npx --no-install tauri build --bundles deb)

mkdir -p "$ROOT/dist"
DEB="$ROOT/target/release/bundle/deb/jingpin-desktop_${VERSION}_amd64.deb"
[ -f "$DEB" ] || { echo "no package at $DEB" >&2; exit 1; }
cp "$DEB" "$ROOT/dist/"
echo "wrote dist/$(basename "$DEB") ($(du -h "$DEB" | cut -f1))"
