#!/bin/sh
# `npm start [-- FLAGS]`: build only when the build is stale, then become the server.
#
# Stale = a file under src/ (or tsconfig.json) newer than both dist/.tsbuildinfo (written by any
# `npm run build` that emitted) and dist/.start-built (written here after a build that succeeded, also when
# tsc had nothing to emit). An mtime walk costs milliseconds; tsc --incremental (tsconfig.json has it) with
# nothing changed still takes seconds of CPU to load and hash the whole program, so it runs only when stale.
#
# `exec`: the shell is replaced by the server, so the signal npm forwards to its script (npm run-script
# forwards SIGINT and SIGTERM to the child it started) reaches Tollgate itself and nothing is left running.
set -eu
cd "$(dirname "$0")/.."
newer_than() { [ ! -e "$1" ] || [ -n "$(find src tsconfig.json -newer "$1" -print 2>/dev/null | head -n 1)" ]; }
# The console's bundle (esbuild, part of `npm run build`) counts too: without it /_tollgate/console/ answers 503.
if [ ! -f dist/src/main.js ] || [ ! -f dist/src/console/public/index.html ] || { newer_than dist/.tsbuildinfo && newer_than dist/.start-built; }; then
  echo "tollgate: building (src/ changed since the last build)" >&2
  mkdir -p dist
  touch dist/.start-building # its mtime is the build's start: a file saved during the build stays newer
  npm run build --silent
  mv dist/.start-building dist/.start-built
fi
exec node dist/src/main.js serve "$@"
