#!/bin/sh
# Regenerates test/fixtures/stacks/cdk, test/fixtures/stacks/cdk-recorded and test/fixtures/stacks/serverless from the real toolchains (issue 19):
# the AWS CDK (aws-cdk-lib v2 + the aws-cdk CLI: `cdk synth` needs no account) and the Serverless Framework v3
# (`serverless package` runs offline; fake keys keep it from looking for real ones). The toolchains are
# installed in a scratch directory under /tmp, never into the project. The SAM fixtures
# (test/fixtures/stacks/sam/) are written by hand in the shapes of AWS's sample apps and are not touched.
#
# Usage: sh scripts/stack-fixtures.sh   (from the repository root; needs npm and network access to the registry)
set -eu

ROOT=$(pwd)
OUT="$ROOT/test/fixtures/stacks"
SCRATCH=${STACK_FIXTURES_SCRATCH:-/tmp/tollgate-stack-fixtures}
APPS="$ROOT/scripts/stack-fixtures"
mkdir -p "$SCRATCH"

# --- the toolchains -----------------------------------------------------------------------------------------
if [ ! -x "$SCRATCH/node_modules/.bin/cdk" ] || [ ! -x "$SCRATCH/node_modules/.bin/serverless" ]; then
  (cd "$SCRATCH" && [ -f package.json ] || (cd "$SCRATCH" && npm init -y >/dev/null))
  (cd "$SCRATCH" && npm install --no-audit --no-fund --loglevel=error aws-cdk-lib@2 constructs@10 aws-cdk@2 serverless@3)
fi

# --- CDK: synthesize the app into a cloud assembly, keep what a deploy reads ---------------------------------
rm -rf "$SCRATCH/cdk-app" && mkdir -p "$SCRATCH/cdk-app"
cp -R "$APPS/cdk/." "$SCRATCH/cdk-app/"
ln -sfn "$SCRATCH/node_modules" "$SCRATCH/cdk-app/node_modules"
(cd "$SCRATCH/cdk-app" && CDK_DISABLE_VERSION_CHECK=1 "$SCRATCH/node_modules/.bin/cdk" synth --no-notices --app 'node app.js' -o cdk.out -q)
rm -rf "$OUT/cdk/cdk.out" && mkdir -p "$OUT/cdk/cdk.out"
# manifest.json, the stacks' templates and *.assets.json, the asset directories (tiny handlers); tree.json is
# only for the console and is left out to keep the fixture small.
(cd "$SCRATCH/cdk-app/cdk.out" && cp manifest.json cdk.out ./*.template.json ./*.assets.json "$OUT/cdk/cdk.out/" && for a in asset.*; do cp -R "$a" "$OUT/cdk/cdk.out/"; done)

# --- CDK: the infrastructure of an AWS-recorded test (test/recorded/lambda-cfn.test.ts replays it) ---------------
rm -rf "$SCRATCH/cdk-recorded" && mkdir -p "$SCRATCH/cdk-recorded"
cp -R "$APPS/cdk-recorded/." "$SCRATCH/cdk-recorded/"
ln -sfn "$SCRATCH/node_modules" "$SCRATCH/cdk-recorded/node_modules"
(cd "$SCRATCH/cdk-recorded" && CDK_DISABLE_VERSION_CHECK=1 "$SCRATCH/node_modules/.bin/cdk" synth --no-notices --app 'node app.js' -o cdk.out -q)
rm -rf "$OUT/cdk-recorded/cdk.out" && mkdir -p "$OUT/cdk-recorded/cdk.out"
(cd "$SCRATCH/cdk-recorded/cdk.out" && cp manifest.json cdk.out ./*.template.json ./*.assets.json "$OUT/cdk-recorded/cdk.out/")

# --- Serverless Framework v3: package the service offline -----------------------------------------------------
rm -rf "$SCRATCH/sls-service" && mkdir -p "$SCRATCH/sls-service"
cp -R "$APPS/serverless/." "$SCRATCH/sls-service/"
(cd "$SCRATCH/sls-service" && AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off \
  "$SCRATCH/node_modules/.bin/serverless" package --stage dev --region us-east-1)
rm -rf "$OUT/serverless" && mkdir -p "$OUT/serverless"
cp -R "$SCRATCH/sls-service/.serverless" "$OUT/serverless/.serverless"
cp "$SCRATCH/sls-service/serverless.yml" "$SCRATCH/sls-service/handler.js" "$OUT/serverless/"
echo "fixtures written under $OUT"
