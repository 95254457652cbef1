#!/bin/sh
# The container image's entrypoint (Dockerfile). `docker run IMAGE [FLAGS]` → `tollgate serve FLAGS`;
# `IMAGE --version`; `IMAGE healthcheck` (the image's HEALTHCHECK: GET /_tollgate/health on the management
# listener, exit 0 when it answers 200); any other command runs as given (`IMAGE sh`).
#
# Listening on 0.0.0.0 (the image's TOLLGATE_HOST) puts the management API off loopback, where Tollgate
# refuses to start without access keys (README "Authorization"). With none configured the entrypoint uses
# test/test, as LocalStack's images do (https://docs.localstack.cloud/references/credentials/), and says so.
set -eu
APP=${APP:-/opt/tollgate}
main="$APP/lib/src/main.js"

case "${1:-}" in
healthcheck)
  port=${TOLLGATE_ADMIN_PORT:-${TOLLGATE_PORT:-4567}}
  exec node -e "fetch('http://127.0.0.1:$port/_tollgate/health', { signal: AbortSignal.timeout(2500) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"
  ;;
--version | version | --help | help) exec node "$main" "$@" ;;
serve) shift ;;
'' | -*) ;;
*) exec "$@" ;;
esac

if [ -z "${TOLLGATE_CREDENTIALS:-}" ] && [ -z "${TOLLGATE_ACCESS_KEY_ID:-}" ] && [ -z "${TOLLGATE_LOCALSTACK:-}" ]; then
  case " $* " in
  *" --credentials "* | *" --credentials="* | *" --localstack "*) ;;
  *)
    export TOLLGATE_ACCESS_KEY_ID=test TOLLGATE_SECRET_ACCESS_KEY=test
    echo "tollgate-entrypoint: no access keys configured: management requests must be signed with test/test (set TOLLGATE_ACCESS_KEY_ID and TOLLGATE_SECRET_ACCESS_KEY, or --credentials FILE)" >&2
    ;;
  esac
fi
exec node "$main" serve "$@"
