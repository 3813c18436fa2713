# syntax=docker/dockerfile:1
# The Lead Status service (apps/api): built with pnpm in one stage, run as a non-root user from a
# production-only copy in the next. See docs/deployment.md.
#
#   docker build -t leadstatus .
#   docker run --rm -p 8787:8787 -e DATABASE_URL='mysql://user:password@db-host:3306/leadstatus' leadstatus
#   docker run --rm -e DATABASE_URL=… leadstatus node dist/cli/main.js workspace create --name Acme --json
#
# Without DATABASE_URL it runs on SQLite in /app/data (mount a volume there to keep it).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
# better-sqlite3 is compiled from source by node-gyp: Python, make and a C++ compiler.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@12.4.2
# node-gyp takes Node's headers from the image (/usr/local/include/node) instead of downloading them.
ENV npm_config_nodedir=/usr/local \
  CI=true
WORKDIR /src
# The lockfile and every workspace manifest first, so the dependency layer is cached until they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/core/package.json packages/core/
COPY apps/api/package.json apps/api/
RUN pnpm install --frozen-lockfile --filter "@leadstatus/api..."
COPY tsconfig.base.json ./
COPY packages/core packages/core
COPY apps/api apps/api
# core, then the api (tsc, output in dist/), in dependency order.
RUN pnpm --filter "@leadstatus/api..." run build
# A self-contained copy of the api with its production dependencies only (core included).
RUN pnpm --filter @leadstatus/api deploy --prod /out \
  && rm -rf /out/src /out/test /out/*.config.ts /out/tsconfig*.json

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=8787
WORKDIR /app
COPY --from=build --chown=node:node /out /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8787
VOLUME ["/app/data"]
# /healthz: the process answers (the load balancer should use /readyz, which also checks the database).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) drains in-flight requests for up to SHUTDOWN_TIMEOUT_MS (10 s by default).
STOPSIGNAL SIGTERM
CMD ["node", "dist/server.js"]
