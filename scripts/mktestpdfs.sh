#!/usr/bin/env bash
# Rebuilds the PDFs in internal/pdftext/testdata from Sổ tay's own sample
# texts (assets/samples), with the producers offices use: LibreOffice (from
# DOCX), Chromium (--print-to-pdf), Ghostscript (re-distilled), qpdf (merge,
# encryption), a 300 dpi scan (pdftoppm + JPEG), Tesseract's text-only
# OCR layer and pdfLaTeX with VnTeX. Needs: soffice, chromium, gs, qpdf,
# pdftoppm, convert, tesseract (+vie), pdflatex (Debian: texlive-latex-base
# and texlive-lang-other), go. Each NAME.pdf has NAME.truth.txt beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=internal/pdftext/testdata
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
samples=assets/samples

# LibreOffice: text -> DOCX -> PDF (the DOCX is kept for the DOCX importer)
cp $samples/nghi-quyet-15-nq-qu.txt "$tmp/nghiquyet.txt"
(cd "$tmp" && soffice --headless --infilter="Text (encoded):UTF8,LF,Liberation Serif,vi" --convert-to docx nghiquyet.txt >/dev/null 2>&1 \
  && soffice --headless --convert-to pdf nghiquyet.docx >/dev/null 2>&1)
cp "$tmp/nghiquyet.pdf" $out/lo-docx-nghiquyet.pdf
cp $samples/nghi-quyet-15-nq-qu.txt $out/lo-docx-nghiquyet.truth.txt

# Chromium: an HTML page printed to PDF
{
  echo '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo 27-TB/QU</title>'
  echo '<style>body{font-family:"DejaVu Serif",serif;font-size:14pt} p{margin:0 0 6pt}</style></head><body>'
  while IFS= read -r line; do
    [ -n "$line" ] && printf '<p>%s</p>\n' "$(printf '%s' "$line" | sed 's/&/\&amp;/g; s/</\&lt;/g')"
  done < $samples/thong-bao-27-tb-qu.txt
  echo '</body></html>'
} > "$tmp/thongbao.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$tmp/thongbao.pdf" "file://$tmp/thongbao.html" >/dev/null 2>&1
cp "$tmp/thongbao.pdf" $out/chromium-thongbao.pdf
cp $samples/thong-bao-27-tb-qu.txt $out/chromium-thongbao.truth.txt

# Ghostscript re-distilled
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile=$out/gs-nghiquyet.pdf $out/lo-docx-nghiquyet.pdf
cp $out/lo-docx-nghiquyet.truth.txt $out/gs-nghiquyet.truth.txt

# qpdf: two producers merged into one file (same font names, different fonts)
qpdf --empty --pages $out/lo-docx-nghiquyet.pdf $out/chromium-thongbao.pdf -- $out/qpdf-merged.pdf
cat $out/lo-docx-nghiquyet.truth.txt $out/chromium-thongbao.truth.txt > $out/qpdf-merged.truth.txt

# qpdf: encryption (user password "chibo2025"; owner-only; AES-256)
qpdf --encrypt chibo2025 quanuy 128 --use-aes=y -- $out/lo-docx-nghiquyet.pdf $out/enc-aes128-userpw.pdf
cp $out/lo-docx-nghiquyet.truth.txt $out/enc-aes128-userpw.truth.txt
qpdf --allow-weak-crypto --encrypt "" quanuy 128 --use-aes=n --print=none --modify=none -- $out/chromium-thongbao.pdf $out/enc-owner-only.pdf
cp $out/chromium-thongbao.truth.txt $out/enc-owner-only.truth.txt
qpdf --encrypt chibo2025 quanuy 256 -- $out/chromium-thongbao.pdf $out/enc-aes256.pdf
# every other revision of the standard security handler (owner password "chu")
qpdf --allow-weak-crypto --encrypt "" chu 40 -- $out/chromium-thongbao.pdf $out/enc-rc4-40.pdf
qpdf --allow-weak-crypto --encrypt chibo2025 chu 128 --use-aes=n -- $out/chromium-thongbao.pdf $out/enc-rc4-128.pdf
qpdf --allow-weak-crypto --encrypt "" chu 128 --use-aes=n --force-V4 -- $out/chromium-thongbao.pdf $out/enc-v4-rc4.pdf
qpdf --encrypt "" chu 256 --force-R5 -- $out/chromium-thongbao.pdf $out/enc-aes256-r5.pdf
qpdf --encrypt "" chu 256 -- $out/chromium-thongbao.pdf $out/enc-aes256-r6-empty.pdf
# encrypted streams without /Length (QDF keeps offsets when the key is renamed)
qpdf --qdf --object-streams=disable --allow-weak-crypto --encrypt "" chu 128 --use-aes=n -- $out/lo-docx-nghiquyet.pdf $out/enc-rc4-no-length.pdf
qpdf --qdf --object-streams=disable --encrypt "" chu 128 --use-aes=y -- $out/lo-docx-nghiquyet.pdf $out/enc-aes128-no-length.pdf
sed -i 's|/Length \([0-9]* 0 R\)|/Xength \1|g' $out/enc-rc4-no-length.pdf $out/enc-aes128-no-length.pdf

# A 300 dpi grey scan (JPEG inside a PDF), and Tesseract's text-only layer
pdftoppm -r 300 -gray -f 1 -l 1 -png $out/chromium-thongbao.pdf "$tmp/scan"
convert "$tmp"/scan-1.png -quality 50 "$tmp/scan.jpg"
go run ./scripts/jpeg2pdf "$tmp/scan.jpg" $out/scan-thongbao.pdf
cp $samples/thong-bao-27-tb-qu.txt $out/scan-thongbao.truth.txt
tesseract "$tmp/scan.jpg" "$tmp/ocr" -l vie -c textonly_pdf=1 pdf >/dev/null 2>&1
cp "$tmp/ocr.pdf" $out/tesseract-layer-thongbao.pdf
cp $out/scan-thongbao.truth.txt $out/tesseract-layer-thongbao.truth.txt

# Legacy fonts written by hand: .VnTime/.VnTimeH (TCVN3) and VNI-Times
go run ./scripts/legacypdf -enc tcvn3 $samples/cong-van-2003.txt $out/legacy-tcvn3.pdf
go run ./scripts/legacypdf -enc vni $samples/cong-van-2003.txt $out/legacy-vni.pdf
cp $samples/cong-van-2003.txt $out/legacy-tcvn3.truth.txt
cp $samples/cong-van-2003.txt $out/legacy-vni.truth.txt


# 180 pages from LibreOffice, for the speed figure (docs/PERFORMANCE.md)
for i in $(seq 1 18); do for f in $samples/*.txt; do echo "Phần thứ $i"; cat "$f"; echo; done; done > "$tmp/big.txt"
(cd "$tmp" && soffice --headless --infilter="Text (encoded):UTF8,LF,Liberation Serif,vi" --convert-to pdf big.txt >/dev/null 2>&1)
cp "$tmp/big.pdf" $out/lo-180-pages.pdf
ls -la $out

# pdfLaTeX (TeX Live 2022): VnTeX fonts with ToUnicode maps; a CM font distilled by
# Ghostscript to Type1C whose /Encoding key is renamed (the program's own encoding decides)
(cd "$tmp" && cp "$OLDPWD/$out/tex-vntex-baitap.tex" "$OLDPWD/$out/gs-type1c-builtin.tex" . \
  && pdflatex -interaction=nonstopmode tex-vntex-baitap.tex >/dev/null \
  && pdflatex -interaction=nonstopmode gs-type1c-builtin.tex >/dev/null \
  && gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile=cm-gs.pdf gs-type1c-builtin.pdf \
  && qpdf --qdf --object-streams=disable cm-gs.pdf cm-q.pdf \
  && sed 's|/Encoding \([0-9]* 0 R\)|/Encodinx \1|' cm-q.pdf > cm-noenc.pdf && qpdf cm-noenc.pdf cm-noenc-z.pdf)
cp "$tmp/tex-vntex-baitap.pdf" $out/ && pdftotext -enc UTF-8 $out/tex-vntex-baitap.pdf $out/tex-vntex-baitap.truth.txt
cp "$tmp/cm-noenc-z.pdf" $out/gs-type1c-builtin.pdf

# an Identity-H TrueType font without its ToUnicode map (the key renamed, offsets kept)
qpdf --qdf --object-streams=disable $out/chromium-thongbao.pdf "$tmp/cr-qdf.pdf"
sed 's|/ToUnicode|/ToUnicodX|g' "$tmp/cr-qdf.pdf" > "$tmp/cr-notu.pdf"
qpdf "$tmp/cr-notu.pdf" $out/chromium-no-tounicode.pdf --object-streams=generate
cp $out/chromium-thongbao.truth.txt $out/chromium-no-tounicode.truth.txt
