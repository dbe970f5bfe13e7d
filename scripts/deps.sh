#!/usr/bin/env bash
# Installs the Debian packages a make target needs, and only those missing.
#   scripts/deps.sh build      compile the GUI (cgo: OpenGL and X11 headers)
#   scripts/deps.sh run        build + OCR for scanned PDFs (Tesseract with Vietnamese)
#                              and poppler-utils (pdftoppm renders pages Tesseract reads;
#                              pdftotext is tried only on PDFs damaged beyond repair)
#   scripts/deps.sh test       run + Xvfb and screenshot tools for the GUI smoke test,
#                              Chromium for the phone page's real-browser test,
#                              LibreOffice for the .doc/.rtf/.odt import tests,
#                              pandoc (the reference reader in the Word corpus test)
#   scripts/deps.sh windows    build + the MinGW cross-compiler and NSIS (the installer)
# Works as root or through sudo; does nothing when everything is there.
set -euo pipefail

build=(gcc libc6-dev pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev
       libxinerama-dev libxi-dev libxxf86vm-dev)
gui=(xvfb xauth x11-utils xdotool imagemagick chromium libreoffice-writer-nogui pandoc)
ocr=(tesseract-ocr tesseract-ocr-vie poppler-utils)
case "${1:-build}" in
  build)     want=("${build[@]}") ;;
  run)       want=("${build[@]}" "${ocr[@]}") ;;
  test)      want=("${build[@]}" "${ocr[@]}" "${gui[@]}") ;;
  windows)   want=("${build[@]}" gcc-mingw-w64-x86-64 nsis) ;;
  *) echo "usage: $0 build|run|test|windows" >&2; exit 2 ;;
esac

if ! command -v go >/dev/null 2>&1; then
  echo "Chưa có Go (cần Go 1.26): https://go.dev/doc/install — Go is missing (need 1.26)." >&2
  exit 1
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Thiếu các gói: ${missing[*]}. Máy này không có apt-get: hãy cài chúng bằng trình quản lý gói của hệ điều hành." >&2
  echo "Missing packages: ${missing[*]} (no apt-get here; install them with your package manager)." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Cần quyền root để cài: ${missing[*]} (chạy lại với sudo). Need root to install: ${missing[*]}." >&2
    exit 1
  fi
fi
echo "Cài các gói còn thiếu / installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
