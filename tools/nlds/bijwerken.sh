#!/usr/bin/env bash
# Vendors the NL Design System CSS into src/Regie.Web/wwwroot/lib/nlds (no CDN, no node_modules in the repo).
# Run again after changing the versions below, or after site.css / regie-thema.css start using other tokens.
set -euo pipefail
UTRECHT_CSS=@utrecht/component-library-css@9.0.4
TOKENS=@nl-design-system-unstable/voorbeeld-design-tokens@7.4.1

hier="$(cd "$(dirname "$0")" && pwd)"
www="$hier/../../src/Regie.Web/wwwroot"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts "$UTRECHT_CSS" "$TOKENS" >/dev/null)
node "$hier/trim.mjs" "$tmp/node_modules" "$www"
