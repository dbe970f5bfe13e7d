#!/usr/bin/env bash
# Adds sotayctl to the Linux tarball fyne package made (make package):
# beside sotay in usr/local/bin, and in the tarball's Makefile so that
# "make install" and "make user-install" install (and uninstall) both.
#   scripts/package-linux.sh FYNE_TARBALL OUT_TARBALL
set -euo pipefail
in=$1 out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xJf "$in"
top=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
go build -tags sqlite_fts5 -ldflags '-s -w' -o "$top/usr/local/bin/sotayctl" ./cmd/sotayctl
mk="$top/Makefile"
# After every line that installs or removes $(Exec), the same for sotayctl.
awk '{ print }
  /usr\/local\/bin\/\$\(Exec\)/ && /install/ { l=$0; gsub(/\$\(Exec\)/, "sotayctl", l); sub(/^\tsed .*/, "", l); if (l != "") print l }
  /^\t-rm .*\/bin\/\$\(Exec\)$/ { l=$0; gsub(/\$\(Exec\)/, "sotayctl", l); print l }' "$mk" > "$mk.new"
mv "$mk.new" "$mk"
grep -q 'bin/sotayctl' "$mk" || { echo "package-linux: the tarball's Makefile was not extended" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
tar -C "$work" -cJf "$out" "$(basename "$top")"
