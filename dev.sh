#!/usr/bin/env bash
# icewatch developer entry point.
#   ./dev.sh run [--live] [icewatch run options]   set up, then one monitoring run (demo replay unless --live)
#   ./dev.sh test [pytest options]                 set up, then lint and the whole test suite
#   ./dev.sh setup                                 set up only
# Setup: system packages when root (Chromium), the .venv from uv.lock, a browser check.
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
TOOLS=.cache/tools
export UV_PROJECT_ENVIRONMENT="$VENV" UV_LINK_MODE=copy

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

system_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v tesseract >/dev/null || missing+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa)
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  command -v npm >/dev/null || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "not root or no apt-get: skipping ${missing[*]} (Playwright's own browser is tried instead; pages without text are reported as needing OCR)"
  fi
}

python_env() {
  if [ ! -x "$TOOLS/bin/uv" ]; then
    say "installing uv into $TOOLS"
    python3 -m venv "$TOOLS"
    "$TOOLS/bin/pip" install -q --disable-pip-version-check uv
  fi
  say "syncing $VENV from uv.lock"
  # Bytecode compiled once at install: every crawl process imports Scrapy, and compiling
  # its sources on each start costs seconds where PYTHONDONTWRITEBYTECODE is set.
  "$TOOLS/bin/uv" sync -q --frozen --compile-bytecode --extra dev --python "$(command -v python3)"
  # The project's own modules too (an editable install is not compiled by uv).
  "$VENV/bin/python" -m compileall -q spiders extract warehouse feeds flows >/dev/null
}

browser() {
  "$VENV/bin/python" -m flows.browser --install || {
    say "no usable Chromium: JavaScript portals will fail (see the message above)"
  }
}

# The county shapes of the site's map: the npm package us-atlas (Census counties, projected
# to Albers USA), its file checked against the sha256 it was published with.
ATLAS=feeds/data/counties-albers-10m.json
ATLAS_SHA=a674dfa31b625e92635f32684a61ae135b05a91507f17f2d5164833237fecf46
county_shapes() {
  if [ -f "$ATLAS" ] && echo "$ATLAS_SHA  $ATLAS" | sha256sum -c --status; then return 0; fi
  if ! command -v npm >/dev/null; then
    say "no npm: the site's county map is left out (install npm, then ./dev.sh setup)"
    return 0
  fi
  say "county shapes from the npm package us-atlas@3.0.1"
  mkdir -p .cache/npm "$(dirname "$ATLAS")"
  (cd .cache/npm && npm pack -q us-atlas@3.0.1 >/dev/null)
  tar -xzf .cache/npm/us-atlas-3.0.1.tgz -C .cache/npm package/counties-albers-10m.json
  echo "$ATLAS_SHA  .cache/npm/package/counties-albers-10m.json" | sha256sum -c --status \
    || { say "us-atlas: unexpected counties-albers-10m.json, not used"; return 0; }
  cp .cache/npm/package/counties-albers-10m.json "$ATLAS"
}

setup() { system_packages; python_env; browser; county_shapes; }

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  setup) setup ;;
  run)
    setup
    if [ "${1:-}" = "--live" ]; then
      shift
      "$VENV/bin/icewatch" jurisdictions fetch-places --if-missing \
        || say "no Census places file: towns are matched by name only (retry: icewatch jurisdictions fetch-places)"
      exec "$VENV/bin/icewatch" run "$@"
    fi
    exec "$VENV/bin/icewatch" run --demo "$@"
    ;;
  test)
    setup
    say "ruff"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    say "pytest"
    exec "$VENV/bin/pytest" "$@"
    ;;
  *) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
