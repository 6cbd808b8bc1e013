#!/bin/sh
# package_test.sh BUILD_DIR VERSION: see CMakeLists.txt. Prints what it checks; exits 1 at
# the first failure.
set -eu
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "cpack builds the package"
cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack"; }
deb="$scratch/out/tenet_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb"
ls -l "$deb"

step "its control data"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Depends | tee "$scratch/control"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libsqlite3-0 libssl3 \
              qt6-qpa-plugins fonts-dejavu-core; do
    echo "$depends" | grep -q "$needed" || fail "Depends lacks $needed"
done

step "lintian finds no error"
lintian --tag-display-limit 0 --display-info "$deb" >"$scratch/lintian" 2>&1 || true
cat "$scratch/lintian"
! grep -q '^E:' "$scratch/lintian" || fail "lintian reports errors"

step "unpacked into a scratch root"
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for file in \
    usr/bin/tenet usr/bin/tenetctl \
    usr/share/applications/tenet.desktop \
    usr/share/metainfo/tenet.metainfo.xml \
    usr/share/mime/packages/tenet.xml \
    usr/share/icons/hicolor/scalable/apps/tenet.svg \
    usr/share/icons/hicolor/48x48/apps/tenet.png \
    usr/share/icons/hicolor/256x256/apps/tenet.png \
    usr/share/icons/hicolor/48x48/mimetypes/application-x-tenet.png \
    usr/share/man/man1/tenet.1.gz usr/share/man/man1/tenetctl.1.gz \
    usr/share/man/es/man1/tenet.1.gz usr/share/man/es/man1/tenetctl.1.gz \
    usr/share/doc/tenet/copyright usr/share/doc/tenet/changelog.gz \
    usr/share/doc/tenet/guide/style.css \
    usr/share/doc/tenet/guide/images/en/reading.png \
    usr/share/doc/tenet/guide/images/es/reading.png \
    usr/share/doc/tenet/guide/images/lt/reading.png \
    usr/share/doc/tenet/guide/en/index.html \
    usr/share/doc/tenet/guide/es/agent.html \
    usr/share/doc/tenet/guide/lt/manager.html; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
echo "every expected file is there"

step "the desktop files are valid"
desktop-file-validate "$root/usr/share/applications/tenet.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/tenet.metainfo.xml" \
    >"$scratch/appstream" 2>&1 || true
cat "$scratch/appstream"
! grep -q '^E:' "$scratch/appstream" || fail "appstreamcli reports errors"
grep -q 'MimeType=application/x-tenet;' "$root/usr/share/applications/tenet.desktop" \
    || fail "the desktop entry does not open *.tenet files"
grep -q 'glob pattern="\*.tenet"' "$root/usr/share/mime/packages/tenet.xml" \
    || fail "the MIME type does not match *.tenet"

step "the installed programs run"
# Their own data folder, so that the user's own database is neither opened nor made.
export QT_QPA_PLATFORM=offscreen HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
"$root/usr/bin/tenetctl" --version | tee "$scratch/version"
grep -qx "tenetctl $version" "$scratch/version" || fail "tenetctl --version"
db="$scratch/acme.tenet"
"$root/usr/bin/tenetctl" --db "$db" init --org "Acme Support" --admin M001 \
    --admin-name "Marta Ruiz" --admin-pin 1234 || fail "tenetctl init"
"$root/usr/bin/tenetctl" --db "$db" staff list | grep -q "Marta Ruiz" || fail "tenetctl staff list"
"$root/usr/bin/tenetctl" --db "$db" verify || fail "tenetctl verify"
"$root/usr/bin/tenet" --db "$db" --screenshot "$scratch/staff.png" --view staff \
    || fail "tenet --screenshot on a new database"
"$root/usr/bin/tenet" --screenshot "$scratch/reading.png" --view reading \
    || fail "tenet --screenshot on the demonstration database"
for png in staff reading; do
    [ "$(head -c 8 "$scratch/$png.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] \
        || fail "$png.png is not a PNG"
done
# The program finds the guide where it looks: bin/../share/doc/tenet/guide.
[ -f "$root/usr/bin/../share/doc/tenet/guide/en/index.html" ] || fail "the guide is not beside the program"
echo "package test: all checks passed"
