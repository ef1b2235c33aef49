#!/usr/bin/env bash
# Build the Linux one-folder app, run its self-test offscreen and report its size; then pack
# it with the menu entry, icon and install script as dist/ChannelDiligence-<ver>-linux-<arch>.tar.gz
#     installers/build-linux.sh [--no-tarball]
# Needs the build extra: python3 -m pip install -e ".[build]"  (PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
work="${BUILD_WORK:-build/pyinstaller}"
python3 -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath "$work" \
    installers/channel-diligence.spec
bundle=dist/ChannelDiligence
QT_QPA_PLATFORM=offscreen "$bundle/ChannelDiligence" --self-test
size=$(du -sm "$bundle" | cut -f1)
echo "Linux bundle: $bundle, ${size} MB on disk"
if [[ "${1:-}" != "--no-tarball" ]]; then
    version=$(python3 -c "import reseller_app; print(reseller_app.__version__)")
    tarball="dist/ChannelDiligence-${version}-linux-$(uname -m).tar.gz"
    staging=$(mktemp -d)
    trap 'rm -rf "$staging"' EXIT
    cp -a "$bundle" "$staging/ChannelDiligence"
    cp installers/linux/channel-diligence.desktop installers/linux/install.sh \
        resources/icons/channel-diligence.svg "$staging/"
    tar -C "$staging" -czf "$tarball" .
    echo "Linux tarball: $tarball, $(du -sm "$tarball" | cut -f1) MB"
fi
