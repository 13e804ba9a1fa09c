#!/usr/bin/env bash
# Builds the images compose.yaml needs besides the bot's own, from Debian's packages alone, for a network that
# reaches the Debian and npm registries but not Docker Hub:
#   deploy/base-image.sh                 # the Node 20 base (nhacviec/node20-debian:trixie)
#   deploy/offline/images.sh             # PostgreSQL and Caddy on that base
# then in .env: NODE_IMAGE=nhacviec/node20-debian:trixie POSTGRES_IMAGE=nhacviec/postgres-debian:trixie
# CADDY_IMAGE=nhacviec/caddy-debian:trixie, and `docker compose up -d --build` as usual.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="${BASE_IMAGE:-nhacviec/node20-debian:trixie}"
network=()
# Where Docker's own bridge cannot reach the registry (builds in a sandbox), the host's network.
if [ -n "${BUILD_NETWORK:-}" ]; then network=(--network "$BUILD_NETWORK"); fi
docker build "${network[@]}" --build-arg "BASE=$base" -f "$here/postgres.Dockerfile" -t "${POSTGRES_IMAGE:-nhacviec/postgres-debian:trixie}" "$here"
docker build "${network[@]}" --build-arg "BASE=$base" -f "$here/caddy.Dockerfile" -t "${CADDY_IMAGE:-nhacviec/caddy-debian:trixie}" "$here"
