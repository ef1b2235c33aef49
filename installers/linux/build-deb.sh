#!/usr/bin/env bash
# Pack the built Linux bundle as a Debian/Ubuntu package: the app in /opt/channel-diligence,
# the command /usr/bin/channel-diligence, the menu entry and the icon; uninstall with
# `sudo apt remove channel-diligence` (the users' databases and backups stay in their homes).
#     installers/linux/build-deb.sh        # after installers/build-linux.sh
# Needs dpkg-deb (Debian's dpkg package; present on Debian and Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/ChannelDiligence
[[ -x "$bundle/ChannelDiligence" ]] || {
    echo "build-deb.sh: no bundle in $bundle; run installers/build-linux.sh first" >&2; exit 2; }
version=$(python3 -c "import reseller_app; print(reseller_app.__version__)")
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/opt/channel-diligence"
ln -s /opt/channel-diligence/ChannelDiligence "$root/usr/bin/channel-diligence"
cp installers/linux/channel-diligence.desktop "$root/usr/share/applications/"
cp resources/icons/channel-diligence.svg "$root/usr/share/icons/hicolor/scalable/apps/"
size=$(du -sk "$root/opt" | cut -f1)
# Every system library Qt's X11 platform plugin loads, from the list the self-test names them
# with (reseller_app/ui/self_test.py); glib has a new name since Debian 13 / Ubuntu 24.04.
libs=$(python3 -c "import sys; sys.path.insert(0, '.')
from reseller_app.ui.self_test import XCB_PACKAGES
print(', '.join(p + ' | libglib2.0-0t64' if p == 'libglib2.0-0' else p
                for p in dict.fromkeys(XCB_PACKAGES.values())))")
cat > "$root/DEBIAN/control" <<CONTROL
Package: channel-diligence
Version: ${version}
Architecture: ${arch}
Maintainer: Channel Diligence team <team@channel-diligence.example>
Installed-Size: ${size}
Depends: libc6, ${libs}
Recommends: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Homepage: https://github.com/channel-diligence/channel-diligence
Description: human rights due diligence of sales for IT resellers
 Screens each order against the end-use risk framework (product and use case,
 customer, geography), holds high-risk orders, records decisions and escalates
 to the distributor; keeps a human rights policy per UNGP Principle 16.
CONTROL
deb="dist/channel-diligence_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "Debian package: $deb, $(du -sm "$deb" | cut -f1) MB"
