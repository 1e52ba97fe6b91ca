#!/bin/sh
# Builds a Debian bookworm root filesystem of a foreign architecture from Debian's packages, the
# way debootstrap --variant=minbase lays it out, without running anything from it: no chroot, no
# maintainer scripts, no root (any user can run it once apt knows ARCH). The tests run
# jemu --rootfs on it (RootfsIT) and compare with qemu-aarch64 -L on the same tree.
#
#   testdata/make-rootfs.sh CACHE-DIR [ARCH]   ->  CACHE-DIR/rootfs-ARCH   (ARCH: arm64 by default)
#
# Needs ARCH known to apt (dpkg --add-architecture ARCH and apt-get update, as .ci/run does) and
# the host's dpkg-deb, tar and update-alternatives. The .debs stay in CACHE-DIR/debs/ARCH (the
# layout of fetch-debian.sh), so a rebuild downloads nothing. For arm64: 117 packages, 46 MB of
# .debs, a 250 MB tree; 20 s to a minute from nothing (mostly unpacking: the mirror is fast),
# about as long from cached .debs. When the tree is complete (CACHE-DIR/rootfs-ARCH.stamp holds
# the sha256 of this script) a re-run does nothing in 20 ms; editing this script rebuilds it.
# The tree is built beside the old one (rootfs-ARCH.new) and replaces it only when complete.
#
# What is in it: Debian's required set (Priority: required, which includes every Essential
# package), apt and usr-is-merged as debootstrap's minbase adds them, and the programs the tests
# run: bash, xz-utils, python3, perl, sqlite3. Their whole dependency closure (Depends and
# Pre-Depends, no Recommends) is what apt's own resolver computes for an empty system of ARCH
# (apt-get --simulate with an empty dpkg status), so virtual packages and alternatives are
# chosen as apt would, and only packages of ARCH or "all" come in.
set -eu
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 CACHE-DIR [ARCH]" >&2; exit 2; }
arch=${2:-arm64}
mkdir -p "$1/debs/$arch"
cache=$(cd "$1" && pwd)   # absolute: the downloads happen in another directory
script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
root=$cache/rootfs-$arch
stamp=$root.stamp
want=$(sha256sum < "$script")
if [ -d "$root" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi

# apt as if ARCH were the native architecture of an empty system; no package cache written.
aptopts="-q -o APT::Architecture=$arch -o APT::Architectures=$arch -o Dir::State::status=/dev/null
    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -o APT::Install-Recommends=false
    -o APT::Install-Suggests=false -o APT::Sandbox::User=root"
# shellcheck disable=SC2086 # $aptopts and $packages are word lists
packages="$(apt-cache $aptopts dumpavail |
    awk -v RS= '/\n(Priority: required|Essential: yes)\n/ { sub(/^Package: /, ""); sub(/\n.*/, ""); print }' |
    sort -u) apt usr-is-merged bash xz-utils python3 perl sqlite3"

work=$(mktemp -d "${TMPDIR:-/tmp}/make-rootfs.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The closure, in apt's unpack order: "name version arch" per line.
# shellcheck disable=SC2086
apt-get $aptopts --simulate install $packages > "$work/simulate"
sed -n 's/^Inst \([^ ]*\) (\([^ ]*\) .*\[\([^]]*\)\]).*/\1 \2 \3/p' "$work/simulate" > "$work/closure"
[ -s "$work/closure" ] || { cat "$work/simulate" >&2; echo "$0: apt chose no packages" >&2; exit 1; }

# Download what the cache lacks; apt names a .deb NAME_VERSION_ARCH.deb with ':' as %3a.
cd "$cache/debs/$arch"
missing=$(while read -r name version parch; do
    [ -f "${name}_$(echo "$version" | sed 's/:/%3a/')_$parch.deb" ] || echo "$name=$version"
done < "$work/closure")
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    apt-get $aptopts download $missing
fi

new=$root.new
rm -rf "$new"
# Merged /usr as debootstrap makes it for bookworm: the links first, so that every package's
# /bin, /sbin and /lib (and the architecture's other lib directories, debootstrap's list) land
# under usr/ (tar --keep-directory-symlink).
case $arch in
    amd64) libdirs="lib32 lib64 libx32" ;;
    i386) libdirs="lib64 libx32" ;;
    ppc64el) libdirs="lib64" ;;
    *) libdirs= ;;
esac
for d in bin sbin lib $libdirs; do
    mkdir -p "$new/usr/$d"
    ln -s "usr/$d" "$new/$d"
done
mkdir -p "$new/var/lib/dpkg/info"
echo 1 > "$new/var/lib/dpkg/info/format"   # the multiarch layout: info files NAME:ARCH.* for Multi-Arch: same

# Unpack each package as dpkg does (its files, then its control area into var/lib/dpkg/info)
# and write its paragraph of var/lib/dpkg/status. dpkg names the info files of a Multi-Arch:
# same package NAME:ARCH.*, and writes the fields of status in its own order (lib/dpkg/parse.c,
# fieldinfos[]), unknown fields last in the control file's order, paragraphs sorted by name.
info=$new/var/lib/dpkg/info
mkdir "$work/status"
while read -r name version parch; do
    deb=${name}_$(echo "$version" | sed 's/:/%3a/')_$parch.deb
    rm -rf "$work/control"
    dpkg-deb --control "$deb" "$work/control"
    infoname=$name
    if grep -q '^Multi-Arch: same$' "$work/control/control"; then
        infoname=$name:$parch
    fi
    dpkg-deb --fsys-tarfile "$deb" |
        tar -x -v --quoting-style=literal --keep-directory-symlink --no-same-owner -p -C "$new" |
        sed -e 's,/$,,' -e 's,^\.,,' -e 's,^$,/.,' > "$info/$infoname.list"
    for f in "$work/control"/*; do
        case ${f##*/} in
            control) ;;
            *) cp -p "$f" "$info/$infoname.${f##*/}" ;;
        esac
    done
    conffiles=
    if [ -f "$work/control/conffiles" ]; then
        conffiles=$(grep '^/' "$work/control/conffiles" | while read -r c; do
            [ -f "$new$c" ] && echo " $c $(md5sum < "$new$c" | cut -d' ' -f1)"
        done)
    fi
    awk -v conffiles="$conffiles" '
        /^[^ \t]/ { n++; key[n] = substr($0, 1, index($0, ":") - 1); text[n] = $0; next }
        { text[n] = text[n] "\n" $0 }
        END {
            n++; key[n] = "Status"; text[n] = "Status: install ok installed"
            if (conffiles != "") { n++; key[n] = "Conffiles"; text[n] = "Conffiles:\n" conffiles }
            m = split("Package Essential Protected Status Priority Section Installed-Size Origin " \
                "Maintainer Bugs Architecture Multi-Arch Source Version Config-Version Replaces " \
                "Provides Depends Pre-Depends Recommends Suggests Breaks Conflicts Enhances " \
                "Conffiles Description Triggers-Pending Triggers-Awaited", order, " ")
            for (i = 1; i <= m; i++) known[order[i]] = 1
            for (i = 1; i <= m; i++) for (j = 1; j <= n; j++) if (key[j] == order[i]) print text[j]
            for (j = 1; j <= n; j++) if (!(key[j] in known)) print text[j]
            print ""
        }' "$work/control/control" > "$work/status/$name"
done < "$work/closure"
(cd "$work/status" && LC_ALL=C ls | LC_ALL=C sort | xargs cat) > "$new/var/lib/dpkg/status"
for f in available statoverride; do
    : > "$new/var/lib/dpkg/$f"
done
mkdir -p "$new/var/lib/dpkg/alternatives" "$new/var/lib/dpkg/triggers" "$new/var/lib/dpkg/updates" \
    "$new/var/lib/dpkg/parts"

# What the maintainer scripts would have done that a working system needs, by hand:
# - dash's postinst diverts /bin/sh and sh.1.gz to *.distrib (the package itself ships /bin/sh -> dash).
printf '%s\n' /usr/share/man/man1/sh.1.gz /usr/share/man/man1/sh.distrib.1.gz dash \
    /bin/sh /bin/sh.distrib dash > "$new/var/lib/dpkg/diversions"
# - base-passwd's postinst copies the master files to /etc/passwd and /etc/group; passwd's
#   (shadowconfig on) moves the password fields into /etc/shadow and /etc/gshadow. Every account
#   is locked ('*'), so the shadow files hold no secret and stay readable like the rest; the
#   date of last change is left empty (no ageing) so the tree is the same whenever it is built.
masters=$new/usr/share/base-passwd
awk -F: -v OFS=: '{ $2 = "x"; print }' "$masters/passwd.master" > "$new/etc/passwd"
awk -F: -v OFS=: '{ $2 = "x"; print }' "$masters/group.master" > "$new/etc/group"
awk -F: '{ print $1 ":" $2 "::0:99999:7:::" }' "$masters/passwd.master" > "$new/etc/shadow"
awk -F: '{ print $1 ":" $2 "::" }' "$masters/group.master" > "$new/etc/gshadow"
# - base-files' postinst: root's dot files, /etc/profile and motd from its defaults, the
#   /var/run and /var/lock links into /run, mail and /usr/local directories, dpkg's vendor.
bf=$new/usr/share/base-files
cp -p "$bf/dot.profile" "$new/root/.profile"
cp -p "$bf/dot.bashrc" "$new/root/.bashrc"
cp -p "$bf/profile" "$new/etc/profile"
cp -p "$bf/motd" "$new/etc/motd"
cp -p "$bf/info.dir" "$new/usr/share/info/dir"
mkdir -p "$new/mnt" "$new/srv" "$new/opt" "$new/etc/opt" "$new/var/opt" "$new/media" "$new/var/mail" \
    "$new/run/lock"
chmod 1777 "$new/run/lock"
ln -s ../mail "$new/var/spool/mail"
rmdir "$new/var/run" "$new/var/lock"
ln -s /run "$new/var/run"
ln -s /run/lock "$new/var/lock"
for d in share share/man bin games lib include sbin src etc; do
    mkdir -p "$new/usr/local/$d"
done
ln -s share/man "$new/usr/local/man"
ln -s debian "$new/etc/dpkg/origins/default"
: > "$new/var/log/wtmp"
: > "$new/var/log/btmp"
: > "$new/var/log/lastlog"
# - tzdata's postinst: the time zone is UTC.
ln -s /usr/share/zoneinfo/Etc/UTC "$new/etc/localtime"
echo Etc/UTC > "$new/etc/timezone"
# - libc-bin's postinst: /etc/nsswitch.conf from its template (getpwnam, getaddrinfo and the
#   like read it; without it glibc's built-in defaults differ: "hosts: dns [!UNAVAIL=return] files").
cp "$new/usr/share/libc-bin/nsswitch.conf" "$new/etc/nsswitch.conf"
# - a /etc/hosts naming localhost, as an installed system has one (no package of this set ships
#   it: netbase is not required), so getaddrinfo("localhost") answers as on Debian.
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$new/etc/hosts"
# - debianutils' postinst (update-shells): /etc/shells, with the /usr/bin twins of merged /usr.
for f in "$new/usr/share/debianutils/shells" "$new/usr/share/debianutils/shells.d/"*; do
    [ -f "$f" ] && cat "$f"
done | awk '{ print } /^\/bin\// { print "/usr" $0 }' | awk '!seen[$0]++' > "$new/etc/shells"
# - the alternatives the postinsts of mawk, xz-utils, tar, debianutils and util-linux install
#   (awk is mawk, lzma is xz, which, more as pager), made by the host's update-alternatives
#   working on the new tree (--root), so that /var/lib/dpkg/alternatives is what dpkg keeps and
#   /var/log/alternatives.log says what was done (--log would be inside the tree too).
alt() {
    update-alternatives --quiet --root "$new" --install "$@"
}
alt /usr/bin/awk awk /usr/bin/mawk 5 \
    --slave /usr/share/man/man1/awk.1.gz awk.1.gz /usr/share/man/man1/mawk.1.gz \
    --slave /usr/bin/nawk nawk /usr/bin/mawk \
    --slave /usr/share/man/man1/nawk.1.gz nawk.1.gz /usr/share/man/man1/mawk.1.gz
lzma_slaves=$(for u in cat more less diff cmp grep egrep fgrep; do
    echo "--slave /usr/bin/lz$u lz$u /usr/bin/xz$u"
    echo "--slave /usr/share/man/man1/lz$u.1.gz lz$u.1.gz /usr/share/man/man1/xz$u.1.gz"
done)
# shellcheck disable=SC2086
alt /usr/bin/lzma lzma /usr/bin/xz 20 \
    --slave /usr/share/man/man1/lzma.1.gz lzma.1.gz /usr/share/man/man1/xz.1.gz \
    --slave /usr/bin/unlzma unlzma /usr/bin/unxz \
    --slave /usr/share/man/man1/unlzma.1.gz unlzma.1.gz /usr/share/man/man1/unxz.1.gz $lzma_slaves
alt /usr/sbin/rmt rmt /usr/sbin/rmt-tar 50 \
    --slave /usr/share/man/man8/rmt.8.gz rmt.8.gz /usr/share/man/man8/rmt-tar.8.gz
alt /usr/bin/which which /usr/bin/which.debianutils 0 \
    --slave /usr/share/man/man1/which.1.gz which.1.gz /usr/share/man/man1/which.debianutils.1.gz
alt /usr/bin/pager pager /bin/more 50 \
    --slave /usr/share/man/man1/pager.1.gz pager.1.gz /usr/share/man/man1/more.1.gz
# - python3's postinst writes /etc/python3/debian_config; python3.X-minimal's makes the local
#   site directory, and with python3.X's byte-compiles the standard library. Compiling runs the
#   host's python3.X (same X: the same bytecode), writing each .pyc as if it had been compiled
#   inside the tree (source paths as the guest sees them, symlinks resolved inside the tree);
#   without it every guest python would compile its imports at each start, and try to write
#   __pycache__ into the tree.
mkdir -p "$new/etc/python3"
printf '[DEFAULT]\nbyte-compile = standard\n' > "$new/etc/python3/debian_config"
for lib in "$new"/usr/lib/python3.*; do
    [ -d "$lib" ] || continue
    py=${lib##*/}
    mkdir -p "$new/usr/local/lib/$py/dist-packages"
    host=$(command -v "/usr/bin/$py" || command -v "$py" || true)
    if [ -z "$host" ]; then
        echo "$0: no host $py to byte-compile the tree's $py (guest pythons will compile at start-up)" >&2
        continue
    fi
    cat "$info/lib$py-minimal:$arch.list" "$info/lib$py-stdlib:$arch.list" |
        grep "^/usr/lib/$py/.*\.py$" |
        env -u SOURCE_DATE_EPOCH "$host" -E -S -c '
import importlib.util, os, py_compile, sys
root = sys.argv[1]
def inside(path):  # path resolved inside root, as the guest resolves it
    parts, seen = path.strip("/").split("/"), 0
    done = ""
    while parts:
        p = parts.pop(0)
        here = done + "/" + p
        if os.path.islink(root + here):
            seen += 1
            if seen > 40: raise OSError("symlink loop at " + here)
            target = os.readlink(root + here)
            parts = target.strip("/").split("/") + parts
            if target.startswith("/"): done = ""
        elif p == "..": done = done.rsplit("/", 1)[0]
        elif p not in ("", "."): done = here
    return root + done
for line in sys.stdin:
    guest = line.rstrip("\n")
    py_compile.compile(inside(guest), cfile=importlib.util.cache_from_source(root + guest),
                       dfile=guest, doraise=True)
' "$new"
done
# - the mount points and scratch directories a running system has.
mkdir -p "$new/proc" "$new/sys" "$new/dev" "$new/run" "$new/tmp" "$new/var/tmp" "$new/root"
chmod 1777 "$new/tmp" "$new/var/tmp"

# Sane for whoever reads the cache: no set-user-ID or set-group-ID program (an emulator
# registered with binfmt_misc's C flag would honour them), everything readable by everyone
# (root's home, apt's partial directories...), no device node (packages ship none), and
# nothing in /dev, /proc or /sys: qemu -L would take such a file for the host's.
find "$new" -type f -perm /6000 -exec chmod ug-s {} +
find "$new" -type d ! -perm -0555 -exec chmod a+rx {} +
find "$new" -type f ! -perm -0444 -exec chmod a+r {} +
if [ -n "$(find "$new/dev" "$new/proc" "$new/sys" -mindepth 1 -print)$(find "$new" \( -type b -o -type c \) -print)" ]; then
    echo "$0: device nodes, or files in /dev, /proc or /sys, in $new" >&2
    exit 1
fi

rm -rf "$root"
mv "$new" "$root"
echo "$want" > "$stamp"
