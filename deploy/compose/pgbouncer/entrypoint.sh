#!/bin/sh
# Writes the auth file from the environment (PgBouncer reads passwords from a file), then runs PgBouncer.
set -eu
umask 077
printf '"order_service" "%s"\n' "${ORDER_SERVICE_DB_PASSWORD:?ORDER_SERVICE_DB_PASSWORD is required}" > /tmp/userlist.txt
exec pgbouncer /etc/pgbouncer/pgbouncer.ini
