#!/usr/bin/env bash
# Install the built Linux bundle for the current user (no root): the app in
# ~/.local/opt/ChannelDiligence, the command ~/.local/bin/channel-diligence, the menu entry and
# the icon. Run from the repository after installers/build-linux.sh, or from an unpacked
# ChannelDiligence-<version>-linux-<arch>.tar.gz (which holds this script next to the bundle).
#     installers/linux/install.sh [BUNDLE_DIR]        # uninstall: install.sh --uninstall
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/ChannelDiligence"
bin="$HOME/.local/bin/channel-diligence"
desktop="$prefix/applications/channel-diligence.desktop"
icon="$prefix/icons/hicolor/scalable/apps/channel-diligence.svg"
# Written by Settings > Tray > "Start with my session"; removed with the app.
autostart="${XDG_CONFIG_HOME:-$HOME/.config}/autostart/channel-diligence.desktop"

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -rf "$opt" "$bin" "$desktop" "$icon" "$autostart"
    echo "Removed. Your database and backups stay in ${prefix}/ChannelDiligence."
    exit 0
fi
bundle="${1:-}"
if [[ -z "$bundle" ]]; then
    for candidate in "$here/ChannelDiligence" "$here/../../dist/ChannelDiligence"; do
        [[ -x "$candidate/ChannelDiligence" ]] && bundle="$candidate" && break
    done
fi
[[ -n "$bundle" && -x "$bundle/ChannelDiligence" ]] || {
    echo "install.sh: no built bundle found; run installers/build-linux.sh first" >&2; exit 2; }
svg="$here/channel-diligence.svg"
[[ -f "$svg" ]] || svg="$here/../../resources/icons/channel-diligence.svg"

rm -rf "$opt"
mkdir -p "$(dirname "$opt")" "$(dirname "$bin")" "$(dirname "$desktop")" "$(dirname "$icon")"
cp -a "$bundle" "$opt"
ln -sf "$opt/ChannelDiligence" "$bin"
sed "s|^Exec=.*|Exec=$opt/ChannelDiligence %F|; s|^TryExec=.*|TryExec=$opt/ChannelDiligence|" \
    "$here/channel-diligence.desktop" > "$desktop"
cp "$svg" "$icon"
command -v update-desktop-database >/dev/null && update-desktop-database "$(dirname "$desktop")" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$prefix/icons/hicolor" || true
echo "Installed: Channel Diligence is in your applications menu; from a terminal: channel-diligence"
