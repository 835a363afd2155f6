#!/bin/sh
# First start of the compose PostgreSQL: the database and its two roles (docs/deploy.md, "Database roles").
# order_service_owner owns the schema and runs the migrations; order_service is the service's login, neither
# superuser nor owner nor BYPASSRLS. The migrations grant it what it needs.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE ROLE order_service_owner LOGIN PASSWORD '${POSTGRES_PASSWORD}';
CREATE ROLE order_service LOGIN PASSWORD '${ORDER_SERVICE_DB_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE DATABASE orders OWNER order_service_owner;
REVOKE ALL ON DATABASE orders FROM PUBLIC;
GRANT CONNECT ON DATABASE orders TO order_service;
SQL
