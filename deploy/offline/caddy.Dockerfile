# Caddy from Debian's packages, for networks that reach the Debian registry but not Docker Hub; it reads
# /etc/caddy/Caddyfile and keeps its certificates in /data, as compose.yaml expects of the official image.
ARG BASE=nhacviec/node20-debian:trixie
FROM ${BASE}
RUN apt-get update -q \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends caddy ca-certificates \
 && apt-get clean && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data /config
ENV XDG_DATA_HOME=/data XDG_CONFIG_HOME=/config
EXPOSE 80 443
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]
