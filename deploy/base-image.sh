#!/usr/bin/env bash
# Builds a Node 20 base image from Debian packages alone, for machines that reach the Debian and npm
# registries but not Docker Hub:  deploy/base-image.sh [tag]  then
#   docker build --build-arg NODE_IMAGE=nhacviec/node20-debian:trixie -t nhacviec .
# (or NODE_IMAGE=nhacviec/node20-debian:trixie in .env for docker compose). Debian 13 (trixie) packages
# Node 20; the image has a user "node" (uid 1000) like the official node images. Needs root, debootstrap
# and a running Docker daemon; about 5 minutes and 360 MB. Behind a proxy that inspects TLS (npm then fails
# with SELF_SIGNED_CERT_IN_CHAIN in the build), give its CA: EXTRA_CA_CERT=/path/to/proxy-ca.crt deploy/base-image.sh
set -euo pipefail
tag="${1:-nhacviec/node20-debian:trixie}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
root="$(mktemp -d /tmp/nhacviec-rootfs.XXXXXX)"
trap 'rm -rf "$root"' EXIT

debootstrap --variant=minbase trixie "$root" "$mirror"
echo "deb $mirror trixie main" > "$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf"
env_args=()
if [ -n "${EXTRA_CA_CERT:-}" ]; then
  install -D -m 644 "$EXTRA_CA_CERT" "$root/usr/local/share/ca-certificates/extra-ca.crt"
  env_args=(-c "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt")
fi
chroot "$root" /bin/sh -c '
  set -e
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends nodejs npm ca-certificates
  update-ca-certificates
  useradd --uid 1000 --create-home --shell /bin/sh node
  apt-get clean
  rm -rf /var/lib/apt/lists/*
  node --version
'
: > "$root/etc/resolv.conf"
tar -C "$root" -c . | docker import -c 'CMD ["node"]' "${env_args[@]}" - "$tag"
echo "built $tag"
