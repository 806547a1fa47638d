#!/usr/bin/env bash
# Lighthouse (mobile) on the built site: npm run build first, then
#   npm run lighthouse -- /questionario/ /simulatore/ /faq/
# Prints performance, accessibility, best-practices and SEO for each path. Needs Debian chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
PORT="${LH_PORT:-4400}"
[ $# -gt 0 ] || set -- /
astro preview --host 127.0.0.1 --port "$PORT" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
mkdir -p .lighthouse
for path in "$@"; do
  out=".lighthouse/$(echo "$path" | tr '/' '_' | sed 's/^_*//;s/_*$//').json"
  [ "$out" = ".lighthouse/.json" ] && out=".lighthouse/home.json"
  CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}" npx -y lighthouse@13.5.0 "http://127.0.0.1:$PORT$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$out" || { echo "$path: lighthouse failed"; continue; }
  node -e "const r=require('./$out');const c=r.categories;console.log(process.argv[1].padEnd(40),['performance','accessibility','best-practices','seo'].map(k=>k+' '+Math.round(c[k].score*100)).join('  '))" "$path"
done
