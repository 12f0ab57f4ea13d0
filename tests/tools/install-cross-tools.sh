#!/usr/bin/env bash
# Installs what NativeCrossBuildTests needs to cross-compile releasegen for this Linux machine's other
# architecture (arm64 on x64, x64 on arm64) and to run it under emulation, when missing:
# - Debian's cross compiler: the target's C runtime and linker, which clang drives for Native AOT;
# - qemu-user, which runs the target's executable with the cross C runtime as its library root;
# - the target's OpenSSL (.NET's cryptography loads libssl.so.3), unpacked into tests/tools/cross/RID and
#   never installed into the system: the target's own C library installed beside the cross one would be
#   found first, and a loader and C library of two builds make the emulated program hang at start-up.
# Called by the Cli test project before its tests run. Needs root and apt-get, else it only says what is
# missing (the tests then fail with the same advice).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

case "$(uname -m)" in
  x86_64) rid=linux-arm64 arch=arm64 triple=aarch64-linux-gnu qemu=qemu-aarch64 gcc=gcc-aarch64-linux-gnu libc=libc6-dev-arm64-cross ;;
  aarch64) rid=linux-x64 arch=amd64 triple=x86_64-linux-gnu qemu=qemu-x86_64 gcc=gcc-x86-64-linux-gnu libc=libc6-dev-amd64-cross ;;
  *) echo "install-cross-tools: no other Linux architecture to cross-compile for on $(uname -m)" >&2; exit 0 ;;
esac

bash "$here/install-test-tools.sh" clang:clang "$gcc:$triple-gcc" "$libc:/usr/$triple/lib/crt1.o" "qemu-user:$qemu"

dest="$here/cross/$rid"
[ -e "$dest/usr/lib/$triple/libssl.so.3" ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-cross-tools: missing the $arch libssl.so.3: as root, run tests/tools/install-cross-tools.sh" >&2
  exit 0
fi

# One install at a time (the same lock as install-test-tools.sh): test projects may build in parallel.
exec 9>/tmp/releasegen-install-test-tools.lock
flock 9
[ -e "$dest/usr/lib/$triple/libssl.so.3" ] && exit 0
# apt downloads a package of another architecture only once dpkg knows that architecture; nothing of it
# is installed here.
if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
  dpkg --add-architecture "$arch"
  apt-get update -qq >/dev/null 2>&1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
download() { (cd "$work" && apt-get download -qq "libssl3:$arch") >/dev/null 2>&1; }
download || { apt-get update -qq >/dev/null 2>&1; download; } \
  || { echo "install-cross-tools: could not download libssl3:$arch" >&2; exit 0; }
mkdir -p "$dest"
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$dest"; done
exit 0
