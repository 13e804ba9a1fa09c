# PostgreSQL from Debian's packages, for networks that reach the Debian registry but not Docker Hub. It behaves as
# compose.yaml expects of the official image: POSTGRES_DB, POSTGRES_USER and POSTGRES_PASSWORD create the database
# on first start, the data lives in /var/lib/postgresql/data, and pg_isready answers the health check.
#   deploy/offline/images.sh   (builds it with the Caddy image; see README, "Deployment")
ARG BASE=nhacviec/node20-debian:trixie
FROM ${BASE}
RUN apt-get update -q \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql \
 && apt-get clean && rm -rf /var/lib/apt/lists/* \
 && ln -s "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)" /usr/local/lib/postgresql-bin
ENV PATH=/usr/local/lib/postgresql-bin:$PATH PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["/bin/sh", "/usr/local/bin/postgres-entrypoint.sh"]
