#!/bin/sh
# Add coopnet to the desktop menu of the current user (no root needed):
#   ./install-desktop.sh            install   (run it from the unpacked dist/coopnet folder)
#   ./install-desktop.sh --remove   uninstall
# Files go under ${XDG_DATA_HOME:-~/.local/share}: applications/, icons/hicolor/, mime/.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS=$DATA/applications
ICONS=$DATA/icons/hicolor
MIME=$DATA/mime

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$MIME" || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/coopnet.desktop" "$MIME/packages/coopnet.xml" "$ICONS/scalable/apps/coopnet.svg"
    for size in 48 128 256; do rm -f "$ICONS/${size}x${size}/apps/coopnet.png"; done
    refresh
    echo "coopnet removed from the desktop menu"
    exit 0
fi

test -x "$HERE/coopnet" || { echo "run this script from the coopnet folder (coopnet not found in $HERE)" >&2; exit 1; }
mkdir -p "$APPS" "$MIME/packages" "$ICONS/scalable/apps"
# Exec and TryExec point at this folder's executable (quoted: the path may hold spaces).
sed -e "s|^Exec=coopnet |Exec=\"$HERE/coopnet\" |" -e "s|^TryExec=coopnet$|TryExec=$HERE/coopnet|" \
    "$HERE/share/coopnet.desktop" > "$APPS/coopnet.desktop"
cp "$HERE/share/coopnet-mime.xml" "$MIME/packages/coopnet.xml"
cp "$HERE/share/icons/coopnet.svg" "$ICONS/scalable/apps/coopnet.svg"
for size in 48 128 256; do
    mkdir -p "$ICONS/${size}x${size}/apps"
    cp "$HERE/share/icons/coopnet-$size.png" "$ICONS/${size}x${size}/apps/coopnet.png"
done
refresh
echo "coopnet added to the desktop menu ($APPS/coopnet.desktop)"
