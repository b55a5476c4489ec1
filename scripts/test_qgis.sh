#!/usr/bin/env bash
# make test-qgis QGIS=3.40|3.44: the whole suite (lint included) on Debian's own QGIS of that version.
#
#   scripts/test_qgis.sh VERSION [MAKE ARGUMENTS...]   (default: test; e.g. "unit" or "test TESTS=tests/unit")
#   scripts/test_qgis.sh VERSION --build                build the chroot only
#   scripts/test_qgis.sh VERSION --shell                a shell in the chroot, with this checkout mounted
#   scripts/test_qgis.sh VERSION --run COMMAND...       one command in the chroot, in this checkout
#
# The suite runs in a Debian chroot that this script builds with debootstrap (3.40: trixie, 3.44: sid) and
# reuses afterwards: $VEERKRACHT_CHROOT_DIR/qgis-VERSION, by default .cache/qgis-VERSION in this checkout
# (ignored by git). A chroot is built in qgis-VERSION.partial and renamed when complete, with the marker file
# .veerkracht-ready in it; a half-built one (an interrupted build) is removed and built again. Delete the
# directory to rebuild it (sid moves on).
#
# Each run happens in a private mount namespace (unshare): /proc, /dev, /dev/pts, /sys, a fresh /tmp and this
# checkout (at the same path) are mounted into the chroot there, and unmounted on exit; the kernel drops
# them in any case when the namespace ends, so even a killed run leaves nothing mounted on the host.
# Inside, `make test VENV=.venv-VERSION` runs with the chroot's Python: the host's .venv is never touched.
# Needs root (or sudo), debootstrap and network access to the Debian mirror and PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRIPT=$ROOT/scripts/test_qgis.sh

say() { echo "test-qgis: $*"; }
die() { echo "test-qgis: $*" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------------------
# Inside the private mount namespace (the script calls itself through unshare): mount, run, unmount.
if [ "${1:-}" = "__in_namespace" ]; then
  shift
  chroot_dir=$1; shift
  mounted=()
  cleanup() {
    local i
    for (( i=${#mounted[@]}-1; i>=0; i-- )); do
      umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null || true
    done
  }
  trap cleanup EXIT
  trap 'exit 130' INT TERM HUP
  bind() {  # bind SOURCE TARGET-INSIDE-THE-CHROOT [ro]
    mkdir -p "$chroot_dir$2"
    mount --bind "$1" "$chroot_dir$2"
    mounted+=("$chroot_dir$2")
    if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$chroot_dir$2"; fi
  }
  mount --make-rprivate / 2>/dev/null || true
  mkdir -p "$chroot_dir/proc" "$chroot_dir/sys" "$chroot_dir/tmp"
  mount -t proc proc "$chroot_dir/proc"; mounted+=("$chroot_dir/proc")
  bind /dev /dev
  bind /dev/pts /dev/pts
  [ -d /dev/shm ] && bind /dev/shm /dev/shm
  bind /sys /sys
  mount -t tmpfs -o mode=1777 tmpfs "$chroot_dir/tmp"; mounted+=("$chroot_dir/tmp")
  bind "$ROOT" "$ROOT"
  if [ -n "${VK_CHROOT_SHARED_DATA:-}" ]; then bind "$VK_CHROOT_SHARED_DATA" "$VK_CHROOT_SHARED_DATA" ro; fi
  # X displays in use on this machine (other chroots included) share one socket namespace: xvfb-run -a only
  # looks at lock files in /tmp, so the fresh /tmp gets one per display that is taken.
  mkdir -p "$chroot_dir/tmp/.X11-unix" && chmod 1777 "$chroot_dir/tmp/.X11-unix"
  for n in $( (ls /tmp/.X*-lock 2>/dev/null | sed -n 's|^/tmp/\.X\([0-9][0-9]*\)-lock$|\1|p';
               sed -n 's|.*@\?/tmp/\.X11-unix/X\([0-9][0-9]*\)$|\1|p' /proc/net/unix 2>/dev/null) | sort -u); do
    echo "         1" > "$chroot_dir/tmp/.X$n-lock"  # pid 1 is always alive
  done
  cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf" 2>/dev/null || true
  env_vars=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
            LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive
            PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT="${PIP_DEFAULT_TIMEOUT:-180}")
  for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY PIP_INDEX_URL PIP_EXTRA_INDEX_URL \
              VK_SCREENSHOTS VK_GUI_LOCALE PYTEST_ADDOPTS CI VEERKRACHT_SHARED_DATA; do
    if [ -n "${!name:-}" ]; then env_vars+=("$name=${!name}"); fi
  done
  set +e
  chroot "$chroot_dir" /usr/bin/env -i "${env_vars[@]}" "$@"
  status=$?
  set -e
  exit $status
fi

# ---------------------------------------------------------------------------------------------------------
VERSION=${1:-}
[ $# -gt 0 ] && shift
case "$VERSION" in
  3.40) SUITE=trixie ;;
  3.44) SUITE=sid ;;
  *) die "usage: scripts/test_qgis.sh 3.40|3.44 [--build|--shell|--run COMMAND...|MAKE ARGUMENTS...] (got '${VERSION}')" ;;
esac
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "needs root (debootstrap, chroot, mount)"
  exec sudo --preserve-env=VEERKRACHT_CHROOT_DIR,VEERKRACHT_SHARED_DATA,VEERKRACHT_DEBIAN_MIRROR,VK_SCREENSHOTS \
    bash "$SCRIPT" "$VERSION" "$@"
fi
if ! command -v debootstrap >/dev/null && command -v apt-get >/dev/null; then
  say "installing debootstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
for tool in debootstrap unshare chroot flock; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install debootstrap util-linux)"
done

MIRROR=${VEERKRACHT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# Besides scripts/setup.sh's list: QGIS >= 3.40 downloads the Open Sans font when it is missing (a message bar
# in the GUI test, and network access); having it installed keeps runs the same with and without network.
CHROOT_EXTRA_PACKAGES="fonts-open-sans"
BASE=${VEERKRACHT_CHROOT_DIR:-$ROOT/.cache}
mkdir -p "$BASE"
BASE=$(cd "$BASE" && pwd -P)
CHROOT=$BASE/qgis-$VERSION
MARKER=$CHROOT/.veerkracht-ready

in_chroot() {  # in_chroot DIR COMMAND...  (mounts live only as long as the command)
  local dir=$1; shift
  unshare --mount --propagation private -- bash "$SCRIPT" __in_namespace "$dir" "$@"
}

remove_tree() {  # an old or half-built chroot; never while anything is mounted inside it
  local dir=$1 target
  while read -r target; do
    umount -R "$target" 2>/dev/null || umount -l "$target" 2>/dev/null || true
  done < <(awk -v d="$dir/" 'index($5, d) == 1 {print $5}' /proc/self/mountinfo | sort -r)
  if awk -v d="$dir/" 'index($5, d) == 1 {found=1} END {exit !found}' /proc/self/mountinfo; then
    die "something is still mounted under $dir; not removing it"
  fi
  rm -rf --one-file-system "$dir"
}

build() {
  local partial=$CHROOT.partial started
  exec 9>"$BASE/.qgis-$VERSION.lock"
  flock 9  # one build per chroot at a time; a second caller waits and then uses the result
  if [ -f "$MARKER" ]; then exec 9>&-; return; fi
  [ -e "$partial" ] && { say "removing the half-built chroot $partial"; remove_tree "$partial"; }
  [ -e "$CHROOT" ] && { say "removing $CHROOT (no $(basename "$MARKER"): incomplete)"; remove_tree "$CHROOT"; }

  say "building a Debian $SUITE chroot for QGIS $VERSION in $partial"
  started=$SECONDS
  # debootstrap mounts /proc and /sys in the target itself: in a private namespace they cannot outlive it.
  unshare --mount --propagation private -- \
    debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$partial" "$MIRROR" \
      > "$BASE/qgis-$VERSION.debootstrap.log" 2>&1 \
    || { tail -n 30 "$BASE/qgis-$VERSION.debootstrap.log" >&2; die "debootstrap failed (log: $BASE/qgis-$VERSION.debootstrap.log)"; }
  say "debootstrap $SUITE took $((SECONDS - started)) s"

  # The mirror's Release files can be older than their Valid-Until on a machine whose clock runs ahead.
  cat > "$partial/etc/apt/apt.conf.d/90veerkracht" <<'EOF'
Acquire::Check-Valid-Until "false";
Acquire::Retries "5";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF
  cat > "$partial/etc/dpkg/dpkg.cfg.d/90veerkracht-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/*/copyright
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
EOF
  printf '#!/bin/sh\nexit 101\n' > "$partial/usr/sbin/policy-rc.d"  # no services start in the chroot
  chmod +x "$partial/usr/sbin/policy-rc.d"
  mkdir -p "$partial/etc/postgresql-common"  # the tests make their own throw-away cluster
  echo "create_main_cluster = false" > "$partial/etc/postgresql-common/createcluster.conf"
  # pip inside needs the host's extra certificate authorities (e.g. a proxy's).
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$partial/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$partial/usr/local/share/ca-certificates/"
  fi
  cp /etc/hosts "$partial/etc/hosts" 2>/dev/null || true

  started=$SECONDS
  in_chroot "$partial" bash -c "{ update-ca-certificates 2>&1 >/dev/null | grep -v '^rehash: warning' >&2 || true; } && apt-get update -qq \
      && VEERKRACHT_SETUP=debian bash '$ROOT/scripts/setup.sh' \
      && apt-get install -y -qq $CHROOT_EXTRA_PACKAGES >/dev/null && apt-get clean" \
    || die "installing QGIS and the test packages in $partial failed"
  say "installing QGIS and the test packages took $((SECONDS - started)) s"

  in_chroot "$partial" bash -c "dpkg-query -W -f='\${Package} \${Version}\n' qgis python3 gdal-bin postgresql 2>/dev/null; \
      python3 -c 'from qgis.core import Qgis; print(\"QGIS\", Qgis.QGIS_VERSION)'" > "$partial/.veerkracht-ready.tmp"
  mv "$partial/.veerkracht-ready.tmp" "$partial/.veerkracht-ready"
  mv "$partial" "$CHROOT"
  exec 9>&-
  say "chroot ready: $CHROOT"
}

[ -f "$MARKER" ] || build
[ "${1:-}" = "--build" ] && exit 0

# The full open data (optional: extended checks only) where the host's tests would find it, mounted read-only.
shared=$(cd "$ROOT" && python3 -c 'from tests.paths import SHARED_DATA; print(SHARED_DATA.resolve())' 2>/dev/null || true)
if [ -n "$shared" ] && [ -d "$shared" ]; then
  VK_CHROOT_SHARED_DATA=$shared
  export VEERKRACHT_SHARED_DATA=$shared
fi
export VK_CHROOT_SHARED_DATA="${VK_CHROOT_SHARED_DATA:-}"

if [ "${1:-}" = "--shell" ]; then
  in_chroot "$CHROOT" bash -c "cd '$ROOT' && exec bash -i"
  exit $?
fi
if [ "${1:-}" = "--run" ]; then
  shift
  in_chroot "$CHROOT" bash -c 'cd "$0" && exec "$@"' "$ROOT" "$@"
  exit $?
fi

[ $# -gt 0 ] || set -- test
# a chroot built before a package joined the lists gets it now
in_chroot "$CHROOT" bash -c "dpkg-query -W $CHROOT_EXTRA_PACKAGES >/dev/null 2>&1 || { apt-get update -qq \
    && apt-get install -y -qq $CHROOT_EXTRA_PACKAGES >/dev/null && apt-get clean; }"
qgis_version=$(in_chroot "$CHROOT" python3 -c 'from qgis.core import Qgis; import sys; print(Qgis.QGIS_VERSION, "on Python", sys.version.split()[0])')
say "QGIS $qgis_version (Debian $SUITE, chroot $CHROOT): make $*"
started=$SECONDS
set +e
in_chroot "$CHROOT" make --no-print-directory -C "$ROOT" VENV=".venv-$VERSION" "$@"
status=$?
set -e
say "QGIS $qgis_version: make $* $( [ $status -eq 0 ] && echo passed || echo "FAILED (exit $status)") in $((SECONDS - started)) s"
exit $status
