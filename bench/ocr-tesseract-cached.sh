#!/bin/sh
# tesseract behind a cache of its output by the picture's bytes and the arguments, for bench/ocr-families.ts
# (TESSERACT_PATH=bench/ocr-tesseract-cached.sh): a reader change after tesseract's run is measured again in seconds.
# The cache is $JIXIAO_OCR_CACHE (default /tmp/jixiao-ocr-tsv-cache); a picture list (pictures.txt) is hashed with its pictures.
real=${JIXIAO_TESSERACT:-/usr/bin/tesseract}
cache=${JIXIAO_OCR_CACHE:-/tmp/jixiao-ocr-tsv-cache}
case "$1" in
  -*|'') exec "$real" "$@" ;;
esac
input=$1
if [ "${input%.txt}" != "$input" ]; then files="$input $(cat "$input")"; else files=$input; fi
key=$( { echo "$@"; cat $files; } | sha256sum | cut -c1-40)
mkdir -p "$cache"
if [ -f "$cache/$key.tsv" ]; then cat "$cache/$key.tsv"; exit 0; fi
"$real" "$@" > "$cache/$key.tmp" || { status=$?; rm -f "$cache/$key.tmp"; exit $status; }
mv "$cache/$key.tmp" "$cache/$key.tsv"
cat "$cache/$key.tsv"
