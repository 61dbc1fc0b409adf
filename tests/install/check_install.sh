#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration, checked on the real artefacts.
#   check_install.sh install BUILD_DIR WORK_DIR  cmake --install into WORK_DIR with DESTDIR: the three executables,
#                                                the launcher entry, the metainfo and the icons, each valid, no
#                                                build-tree path compiled in; the installed pipescope-trace runs the
#                                                installed pipescope-child, and pipescope finds it in bin or
#                                                libexec/pipescope, never in the build tree
#   check_install.sh deb BUILD_DIR WORK_DIR      cpack -G DEB into WORK_DIR: the package's contents, and the
#                                                pipescope extracted from it starts (offscreen, --screenshot)
# Exit 77 (skipped) only when a tool is missing; scripts/setup installs them all.
set -euo pipefail

mode=$1
build=$(cd "$2" && pwd)
work=$3
rm -rf "$work"
mkdir -p "$work"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (scripts/setup installs it)" >&2; exit 77; }
    done
}

app_id=org.pipescope.PipeScope
icon_sizes=(16 32 48 64 128 256)

# The files an installation under PREFIX must hold, relative to it.
expected_files() {
    echo bin/pipescope
    echo bin/pipescope-trace
    echo bin/pipescope-child
    echo share/applications/$app_id.desktop
    echo share/metainfo/$app_id.metainfo.xml
    echo share/icons/hicolor/scalable/apps/$app_id.svg
    for size in "${icon_sizes[@]}"; do
        echo "share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
}

# Checks an installed tree under ROOT/usr: every expected file, nothing else, icons of the right size, no RUNPATH
# into the build tree.
check_tree() {
    local usr=$1/usr
    for f in $(expected_files); do
        [ -f "$usr/$f" ] || fail "$f was not installed"
    done
    for exe in pipescope pipescope-trace pipescope-child; do
        [ -x "$usr/bin/$exe" ] || fail "bin/$exe is not executable"
        if readelf -d "$usr/bin/$exe" | grep -E 'R(UN)?PATH' | grep -qF "$build"; then
            fail "bin/$exe looks for libraries in the build tree"
        fi
        if readelf -p .rodata "$usr/bin/$exe" | grep -qF "$build"; then
            fail "bin/$exe has a build-tree path compiled in"
        fi
    done
    local unexpected
    unexpected=$(cd "$usr" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(expected_files | sort))
    [ -z "$unexpected" ] || fail "installed but not expected: $unexpected"
    for size in "${icon_sizes[@]}"; do
        local png="$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png: $(file -b "$png")"
    done
}

case $mode in
install)
    need desktop-file-validate appstreamcli file readelf
    DESTDIR="$work/root" cmake --install "$build" --prefix /usr >"$work/install.log"
    check_tree "$work/root"
    desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
    # The installed CLI finds nothing of the build tree: it runs the installed demo child.
    out=$("$work/root/usr/bin/pipescope-trace" --stdin=pipe --stdout=pipe --input=$'write data:0\n' \
        -- "$work/root/usr/bin/pipescope-child" echo 2>/dev/null) || fail "the installed pipescope-trace failed"
    # The installed pipescope runs the demo child next to itself, or in <prefix>/libexec/pipescope; without either
    # it fails rather than fall back on the build's copy. PATH holds no pipescope-child, PIPESCOPE_CHILD is unset.
    mkdir -p "$work/empty"
    shot() {
        env -u PIPESCOPE_CHILD PATH="$work/empty" QT_QPA_PLATFORM=offscreen "$1/usr/bin/pipescope" \
            --screenshot="$work/shot.png" >"$work/shot.log" 2>&1
    }
    shot "$work/root" || { cat "$work/shot.log" >&2; fail "the installed pipescope did not run bin/pipescope-child"; }
    cp -a "$work/root" "$work/libexec"
    mkdir -p "$work/libexec/usr/libexec/pipescope"
    mv "$work/libexec/usr/bin/pipescope-child" "$work/libexec/usr/libexec/pipescope/"
    shot "$work/libexec" || { cat "$work/shot.log" >&2; fail "pipescope did not run libexec/pipescope/pipescope-child"; }
    rm "$work/libexec/usr/libexec/pipescope/pipescope-child"
    ! shot "$work/libexec" || fail "pipescope ran without an installed pipescope-child: $(cat "$work/shot.log")"
    echo "installed: $(cd "$work/root/usr" && find . -type f | wc -l) files, all expected and valid"
    ;;
deb)
    need cpack dpkg-deb dpkg-shlibdeps file readelf
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 \
        || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
    debs=("$work"/pkg/*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb: ${debs[*]}"
    deb=${debs[0]}
    info=$(dpkg-deb --info "$deb")
    grep -q '^ Package: pipescope$' <<<"$info" || fail "package name: $info"
    grep -q '^ Depends:.*libqt6widgets6' <<<"$info" || fail "no dependency on Qt's widgets: $info"
    contents=$(dpkg-deb --contents "$deb")
    for f in $(expected_files); do
        grep -q " \./usr/$f\$" <<<"$contents" || fail "the package lacks /usr/$f"
    done
    dpkg -x "$deb" "$work/extracted"
    check_tree "$work/extracted"
    # It starts: the extracted window renders itself, running the extracted demo child.
    QT_QPA_PLATFORM=offscreen "$work/extracted/usr/bin/pipescope" --screenshot="$work/started.png" \
        >"$work/start.log" 2>&1 || { cat "$work/start.log" >&2; fail "the packaged pipescope did not start"; }
    file -b "$work/started.png" | grep -q "PNG image data" || fail "no screenshot from the packaged pipescope"
    echo "$(basename "$deb"): $(wc -l <<<"$contents") entries, $(stat -c %s "$deb") bytes; the packaged pipescope starts"
    ;;
*)
    echo "usage: check_install.sh install|deb BUILD_DIR WORK_DIR" >&2
    exit 2
    ;;
esac
