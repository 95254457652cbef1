#!/bin/sh
# The container recipe without a container engine (README "Container"): the Dockerfile's RUN lines marked
# `# replayed`, extracted from the Dockerfile and run as written, with SRC, PKG, APP and DATA in a temporary
# directory: `npm pack` in a clean copy of the build context (what .dockerignore lets `COPY . .` take; the
# checkout's node_modules stand in for the build stage's `npm ci` of the same lockfile), the package
# unpacked with `npm ci --omit=dev` of its production dependencies (the npm registry or cache), the data
# directory made. Then the image's entrypoint (docker/entrypoint.sh) with the image's TOLLGATE_* environment
# (its ENV line, read from the Dockerfile; only the ports and /data moved), as a non-root user when run as
# root; its `healthcheck` command, /_tollgate/health and the AWS CLI v2 against it; SIGTERM ends it with 0.
# What it cannot do: build the image, pull node:20-bookworm-slim, apt-get the toolchain, or check the
# HEALTHCHECK/VOLUME/USER instructions' effect. Usage: sh scripts/container-smoke.sh [PORT]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-45679}
work=$(mktemp -d /tmp/tollgate-container-XXXXXX)
chmod 0755 "$work"
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
export SRC="$work/src" PKG="$work/pkg" APP="$work/opt/tollgate" DATA="$work/data"
# As root here: the server runs as nobody, as the image runs it as `node`; else as whoever runs this.
as_user=
if [ "$(id -u)" = 0 ]; then RUN_AS=nobody:nogroup as_user="setpriv --reuid=nobody --regid=nogroup --clear-groups"; else RUN_AS="$(id -u):$(id -g)"; fi
export RUN_AS
entry="$here/docker/entrypoint.sh"

# The build context: tracked and untracked-but-not-ignored files, without what .dockerignore leaves out.
mkdir -p "$SRC"
(cd "$here" && git ls-files --cached --others --exclude-standard | grep -v -E '^(node_modules|dist|dist-bench|lib|\.tollgate)(/|$)|\.tgz$|\.log$' | tar -cf - -T -) | tar -xf - -C "$SRC"
ln -s "$(readlink -f "$here/node_modules")" "$SRC/node_modules"

# The replayed RUN lines, in the Dockerfile's order (a line continued with \ is joined).
awk '/^# replayed/ { grab = 1; next }
     grab && /^RUN / { sub(/^RUN /, ""); line = $0
       while (line ~ /\\$/) { sub(/\\$/, "", line); getline more; line = line more }
       print line; grab = 0 }' "$here/Dockerfile" >"$work/replayed.sh"
[ "$(wc -l <"$work/replayed.sh")" -ge 3 ] || { echo "expected 3 replayed RUN lines in the Dockerfile" >&2; exit 1; }
while IFS= read -r step; do
  echo "replay: $step"
  (cd "$SRC" && sh -eu -c "$step")
done <"$work/replayed.sh"
test -f "$APP/lib/src/main.js" && test -d "$APP/node_modules/better-sqlite3" && test ! -e "$APP/node_modules/typescript"
[ "$(stat -c %U:%G "$DATA")" = "$RUN_AS" ] || [ "$(id -u)" != 0 ] || { echo "$DATA is not owned by $RUN_AS" >&2; exit 1; }
echo "replayed: package in $APP without devDependencies, $DATA owned by ${RUN_AS%%:*}"

# The runtime stage's environment: its `ENV TOLLGATE_…` line, then the ports and /data moved for this machine.
eval "export $(sed -n 's/^ENV \(TOLLGATE_.*\)$/\1/p' "$here/Dockerfile")"
export TOLLGATE_PORT="$port" TOLLGATE_TLS_PORT=off TOLLGATE_DATA_DIR="$DATA" NODE_ENV=production
unset TOLLGATE_ACCESS_KEY_ID TOLLGATE_SECRET_ACCESS_KEY TOLLGATE_CREDENTIALS TOLLGATE_LOCALSTACK TOLLGATE_MEMORY 2>/dev/null || true
cd "$DATA" # the image's WORKDIR
echo "version: $($as_user sh "$entry" --version)"
if $as_user sh "$entry" healthcheck; then echo "healthcheck passed with no server" >&2; exit 1; fi
$as_user sh "$entry" --log-level warn &
pid=$!
for _ in $(seq 1 120); do $as_user sh "$entry" healthcheck && break; sleep 0.5; done
$as_user sh "$entry" healthcheck
echo "healthcheck: ok"
curl -sf "http://127.0.0.1:$port/_tollgate/health"
echo
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=
/usr/bin/aws --endpoint-url "http://127.0.0.1:$port" apigateway create-rest-api --name from-the-image --query name --output text
if AWS_SECRET_ACCESS_KEY=wrong /usr/bin/aws --endpoint-url "http://127.0.0.1:$port" apigateway get-rest-apis >/dev/null 2>&1; then
  echo "a request signed with the wrong secret was answered" >&2; exit 1; fi
echo "signed with another secret: refused"
test -f "$DATA/tollgate.db" && [ "$(stat -c %u "$DATA/tollgate.db")" != 0 ]
echo "state: $DATA/tollgate.db, owned by $(stat -c %U "$DATA/tollgate.db")"
kill -TERM "$pid"
wait "$pid" && status=0 || status=$?
pid=
[ "$status" = 0 ] || { echo "the entrypoint exited $status on SIGTERM" >&2; exit 1; }
echo "container smoke test: ok"
