#!/usr/bin/env bash
# The TimelineJS export in a real browser: `chronique export --format timelinejs` of the seeds,
# shown by docs/timeline.html with Knight Lab's TimelineJS 3 (from the npm registry, so no CDN
# is needed) in headless Chromium. TimelineJS must draw the title slide and one slide and one
# marker per event, each event's headline, and the context group.
# Usage: tests/e2e/timelinejs.sh path/to/chronique
set -euo pipefail
BIN=$(readlink -f "${1:?usage: $0 path/to/chronique}")
here=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "timelinejs.sh: FAIL: $*" >&2; exit 1; }

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq </dev/null >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" </dev/null >/dev/null
fi

work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && npm pack --silent @knight-lab/timelinejs@3.9.11 >/dev/null 2>&1 && tar xzf knight-lab-timelinejs-*.tgz) \
  || fail "could not fetch TimelineJS from the npm registry"
mkdir "$work/site"
cp -r "$work/package/dist/js" "$work/package/dist/css" "$work/site/"
# The documented page, with TimelineJS's files served from here rather than from its CDN.
sed -e 's#https://cdn.knightlab.com/libs/timeline3/latest/css/#css/#' \
    -e 's#https://cdn.knightlab.com/libs/timeline3/latest/js/#js/#' \
    -e "s#{ language: 'fr', hash_bookmark: true }#{ language: 'fr', hash_bookmark: true, script_path: new URL('js/', location.href).href }#" \
    "$here/docs/timeline.html" > "$work/site/timeline.html"
grep -q "script_path" "$work/site/timeline.html" || fail "docs/timeline.html no longer has the expected TL.Timeline call"
"$BIN" --lang fr export --format timelinejs > "$work/site/timeline.json" </dev/null

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/timeline.json')" 2>/dev/null && break; sleep 0.1; done

timeout 120 chromium --headless=new --no-sandbox --disable-gpu --virtual-time-budget=15000 \
  --dump-dom "http://127.0.0.1:$port/timeline.html" 2>/dev/null > "$work/dom.html" </dev/null \
  || fail "headless Chromium did not render the page"

events=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$work/site/timeline.json")
[ "$events" -gt 5 ] || fail "only $events events exported from the seeds"
slides=$(grep -o 'class="tl-slide[ "]' "$work/dom.html" | wc -l)
markers=$(grep -o 'class="tl-timemarker[ "]' "$work/dom.html" | wc -l)
[ "$slides" -eq $((events + 1)) ] || fail "TimelineJS drew $slides slides for $events events and a title"
[ "$markers" -eq "$events" ] || fail "TimelineJS drew $markers markers for $events events"
grep -q 'tl-timegroup-message">Contexte' "$work/dom.html" || fail "no Contexte group"
python3 - "$work/site/timeline.json" "$work/dom.html" <<'PY' || fail "an event's headline is missing from the page"
import html, json, sys
data = json.load(open(sys.argv[1]))
dom = html.unescape(open(sys.argv[2]).read())
missing = [e["text"]["headline"] for e in data["events"] if html.unescape(e["text"]["headline"]) not in dom]
if missing:
    sys.exit(f"missing: {missing}")
PY
echo "ok: TimelineJS draws the $events events of the seeds ($slides slides, $markers markers)"
