#!/bin/sh
# The npm package as a user gets it (issue 21): pack this checkout, install the tarball into an empty
# directory under /tmp (the dependencies come from the npm registry), `npx tollgate --version`, start
# `npx tollgate` on a free port and call it with the AWS CLI v2 (/usr/bin/aws) and curl. Not part of
# `npm test`: it needs the registry. Usage: sh scripts/package-smoke.sh [PORT]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-45678}
work=$(mktemp -d /tmp/tollgate-package-XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=
(cd "$here" && npm pack --silent --pack-destination "$work" >/dev/null)
mkdir "$work/app" && cd "$work/app"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "$work"/tollgate-*.tgz
echo "version: $(npx tollgate --version)"
npx tollgate serve --memory --port "$port" --tls-port off --log-level warn &
pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/_tollgate/ready" >/dev/null && break; sleep 1; done
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=
/usr/bin/aws --endpoint-url "http://127.0.0.1:$port" apigateway create-rest-api --name from-the-package --output json
/usr/bin/aws --endpoint-url "http://127.0.0.1:$port" apigateway get-rest-apis --query 'items[].name' --output text
ls node_modules/tollgate
echo "package smoke test: ok"
