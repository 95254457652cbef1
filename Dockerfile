# Tollgate's container image (README "Container"). Two stages: the build stage has the toolchain that
# better-sqlite3 needs when no prebuilt binary matches (python3, make, g++) and compiles TypeScript; the
# runtime stage is node:20-bookworm-slim with only the packed package, its production dependencies (the
# native module among them, built for this very base image) and the entrypoint, run as the image's
# non-root `node` user with the SQLite file on the /data volume.
#
# The RUN lines marked `# replayed` are run, as written, by scripts/container-smoke.sh (a test of the suite)
# with SRC, PKG, APP and DATA pointing into a temporary directory; keep every path in them a variable, and
# keep them to the build (no `npm cache clean`: the replay would clear the machine's cache; the build stage's
# npm cache is left behind with the stage anyway).

FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV SRC=/src PKG=/pkg APP=/opt/tollgate
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund
# replayed: `npm pack` (its prepack compiles src/ into lib/ with tsconfig.build.json)
RUN cd "$SRC" && mkdir -p "$PKG" && npm pack --pack-destination "$PKG"
# replayed: the package unpacked into APP with the lockfile's production dependencies (better-sqlite3 compiled here if need be)
RUN mkdir -p "$APP" && tar -xzf "$PKG"/tollgate-*.tgz -C "$APP" --strip-components=1 && cp "$SRC/package-lock.json" "$APP/" && cd "$APP" && npm ci --omit=dev --no-audit --no-fund && rm "$APP/package-lock.json"

FROM node:20-bookworm-slim
ENV APP=/opt/tollgate DATA=/data RUN_AS=node:node NODE_ENV=production
COPY --from=build /opt/tollgate /opt/tollgate
COPY docker/entrypoint.sh /usr/local/bin/tollgate-entrypoint
# replayed: the data directory, owned by the user the server runs as
RUN mkdir -p "$DATA" && chown "$RUN_AS" "$DATA" && chmod 0750 "$DATA"
# The defaults the entrypoint starts with (each overridable with -e, or with a flag after the image name).
ENV TOLLGATE_HOST=0.0.0.0 TOLLGATE_PORT=4567 TOLLGATE_TLS_PORT=4443 TOLLGATE_DATA_DIR=/data
USER node
WORKDIR /data
VOLUME ["/data"]
EXPOSE 4567 4443
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 CMD ["tollgate-entrypoint", "healthcheck"]
ENTRYPOINT ["tollgate-entrypoint"]
CMD []
