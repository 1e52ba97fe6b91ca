#!/bin/sh
# Downloads Debian packages of a foreign architecture and unpacks them, without installing
# anything: the tests' real-program oracles (busybox-static:arm64...) and the native builds the
# benchmarks compare with. Needs the architecture known to apt (dpkg --add-architecture ARCH
# and apt-get update, which .ci/run does as root).
#
#   testdata/fetch-debian.sh CACHE-DIR ARCH PACKAGE...   ->  CACHE-DIR/ARCH/<package contents>
set -eu
[ $# -ge 3 ] || { echo "usage: $0 CACHE-DIR ARCH PACKAGE..." >&2; exit 2; }
arch=$2
mkdir -p "$1/debs/$arch" "$1/$arch"
cache=$(cd "$1" && pwd)   # absolute: the downloads happen in another directory
shift 2
cd "$cache/debs/$arch"
for pkg in "$@"; do
    if ! ls "${pkg}"_*_"$arch".deb >/dev/null 2>&1; then
        apt-get download -q -o APT::Sandbox::User=root "$pkg:$arch"
    fi
    dpkg -x "${pkg}"_*_"$arch".deb "$cache/$arch"
done
