#!/bin/sh
# What the browser tests need beyond Python: headless Chromium, its driver, and a CJK font
# (without one, Chinese labels render as boxes). Installs only what is missing, quietly,
# and only as root with apt-get; anywhere else it says why the browser tests will skip.
set -u

missing=""
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
[ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 \
  || missing="$missing fonts-noto-cjk"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: missing$missing; the browser tests will skip (as root: apt-get install$missing)" >&2
  exit 0
fi
log=$(mktemp)
apt="apt-get -o DPkg::Lock::Timeout=900 -qq"
if { $apt update && DEBIAN_FRONTEND=noninteractive $apt install -y --no-install-recommends $missing; } >"$log" 2>&1; then
  rm -f "$log"
  exit 0
fi
cat "$log" >&2
rm -f "$log"
echo "error: could not install$missing" >&2
[ "${CI:-}" = true ] && exit 1
echo "note: the browser tests will skip" >&2
exit 0
