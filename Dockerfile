# Nhắc việc: the bot in webhook mode (or long polling), on PostgreSQL or SQLite. Two stages: the build compiles
# better-sqlite3, generates the Prisma clients (no engine download: see prisma/generate-client.ts) and bundles
# src/ into dist/; the image keeps dist/, the production dependencies, the schema, migrations and locales, and
# runs as the unprivileged user "node". Migrations are applied at every start, before anything else.
#
# NODE_IMAGE: any Debian-based image with Node 20, npm and a user "node" (uid 1000). Where Docker Hub cannot
# be reached, deploy/base-image.sh builds one from Debian packages alone:
#   deploy/base-image.sh && docker build --build-arg NODE_IMAGE=nhacviec/node20-debian -t nhacviec .
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 has no prebuilt binary for every platform (and GitHub may be out of reach): compiled here.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.src.json ./
COPY prisma ./prisma
COPY src ./src
# The postinstall script generates the Prisma clients into src/db/generated.
RUN npm ci --no-audit --no-fund
COPY locales ./locales
# Type-checks src/ and bundles it into dist/; then only the production dependencies stay.
RUN node src/run.mjs --build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    DEMO_DATA=0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/locales ./locales
# SQLite's file, the backups and the personal Zalo session live in /app/data: the only place the bot writes.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
# /readyz, not /healthz: a container is healthy once it can work (database reachable, migrations applied,
# channels connected), so Compose starts the proxy after it and an operator sees a bot cut off from its database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly (not npm): SIGTERM reaches the bot, which finishes the updates in hand and writes the Zalo count.
# Commands: docker compose exec bot node dist/cli.js <invite|backup|remind|…> (what npm run <command> runs).
ENTRYPOINT ["node", "dist/main.js"]
