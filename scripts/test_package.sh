#!/usr/bin/env bash
# Tests the package as users install it (needs root and a release build, so it is not part of
# scripts/test.sh; run it before a release): builds dist/*.deb, installs it with apt, checks what
# it put on the machine (both programs on PATH, the menu entry valid with its Chinese name, the
# icons, the .jpsession type opening the app, nothing of the development tree), opens a session
# given on the command line, runs the end-to-end journey against /usr/bin/jingpin-desktop from a
# folder with no checkout, upgrades in place keeping a user's session, and removes the package
# (user data stays).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ "$(id -u)" -eq 0 ] || { echo "run as root (it installs the package)" >&2; exit 1; }

# --no-build: test the package already in dist/ (as built by scripts/package.sh)
[ "${1:-}" = "--no-build" ] || bash "$ROOT/scripts/package.sh"
VERSION="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml")"
DEB="$ROOT/dist/jingpin-desktop_${VERSION}_amd64.deb"
fail() { echo "FAIL: $*" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends desktop-file-utils shared-mime-info xdg-utils libglib2.0-bin >/dev/null

step "the package's metadata"
dpkg-deb -I "$DEB" | tee /tmp/jingpin-deb-info.txt | sed -n '/Package:/,$p'
grep -q "Depends:.*libwebkit2gtk-4.1-0" /tmp/jingpin-deb-info.txt || fail "Depends lacks WebKitGTK"
grep -q "Education\|education" /tmp/jingpin-deb-info.txt || fail "no section"
dpkg-deb -c "$DEB" | awk '{print $6}' > /tmp/jingpin-deb-files.txt
# Tauri declares WebKitGTK and GTK itself; ours add the file-type and menu databases
[ "$(grep -o 'libwebkit2gtk-4.1-0' /tmp/jingpin-deb-info.txt | wc -l)" -eq 1 ] || fail "a dependency is declared twice"
grep -Eq '^(\./)?usr/bin/jingpin$' /tmp/jingpin-deb-files.txt || fail "the CLI is not in /usr/bin"
grep -Eq '^(\./)?usr/bin/jingpin-desktop$' /tmp/jingpin-deb-files.txt || fail "the app is not in /usr/bin"
! grep -q 'gen-ipc' /tmp/jingpin-deb-files.txt || fail "a development tool is packaged"
grep -q 'usr/share/mime/packages/jingpin-session.xml' /tmp/jingpin-deb-files.txt || fail "no MIME type"
grep -q 'usr/share/icons/hicolor/128x128/apps/' /tmp/jingpin-deb-files.txt || fail "no hicolor icon"
echo "package size: $(du -h "$DEB" | cut -f1)"

step "installing (time it)"
apt-get remove -y -qq jingpin-desktop >/dev/null 2>&1 || true
start=$(date +%s)
apt-get install -y -qq "$DEB" >/dev/null
echo "installed in $(( $(date +%s) - start )) s"
command -v jingpin >/dev/null && command -v jingpin-desktop >/dev/null || fail "not on PATH"
desktop-file-validate /usr/share/applications/jingpin-desktop.desktop || fail "the menu entry is not valid"
grep -q '^Name\[zh_CN\]=精品课评审台' /usr/share/applications/jingpin-desktop.desktop || fail "no Chinese name"
WORK="$(mktemp -d)"
cd "$WORK"   # no checkout here: rubrics, quota tables and the demo are inside the binaries
jingpin rubric list | grep -q "2024-学科课程" || fail "the installed CLI lacks its rubrics"
jingpin demo --scale county --out "$WORK/demo" >/dev/null || fail "the installed CLI cannot build the demo"
# what a file manager asks (GLib, as GNOME, UOS and Kylin's do; xdg-mime without a desktop
# session falls back to sniffing the content, which says SQLite)
gio info -a standard::content-type "$WORK/demo/session.jpsession" | grep -q 'application/x-jingpin-session' || fail "a .jpsession is not recognised"
gio mime application/x-jingpin-session | grep -q 'Default application.*jingpin-desktop.desktop' || fail "a .jpsession does not open the app"

step "end-to-end against the installed app"
# (the province's cancel is left out: the release app imports its 154 sheets before a cancel can
# be clicked; the debug build in the test command checks it)
(cd "$ROOT/ui" && JINGPIN_APP=/usr/bin/jingpin-desktop JINGPIN_CLI=/usr/bin/jingpin E2E_SHOTS="$WORK/shots" E2E_SKIP="province's returned sheets" \
  xvfb-run -a -s "-screen 0 1366x768x24" node e2e/run.mjs) || fail "the journey failed on the installed app"
(cd "$ROOT/ui" && JINGPIN_APP=/usr/bin/jingpin-desktop JINGPIN_SESSION="$WORK/demo/session.jpsession" \
  xvfb-run -a -s "-screen 0 1366x768x24" node e2e/open_file.mjs) || fail "a session given on the command line did not open"

step "upgrade in place keeps a user's session; removal leaves user data"
cp "$WORK/demo/session.jpsession" "$WORK/mine.jpsession"
apt-get install -y -qq --reinstall "$DEB" >/dev/null
jingpin roster list "$WORK/mine.jpsession" >/dev/null || fail "the session does not open after reinstalling"
apt-get remove -y -qq jingpin-desktop >/dev/null
! command -v jingpin-desktop >/dev/null || fail "removal left the app"
[ -f "$WORK/mine.jpsession" ] || fail "removal touched user data"
echo "package ok: $(basename "$DEB")"
