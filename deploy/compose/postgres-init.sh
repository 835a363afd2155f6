#!/bin/sh
# First start of the compose PostgreSQL: the database and its roles (docs/deploy.md, "PostgreSQL roles and
# grants"). order_service_owner owns the schema and runs the migrations; order_service is the service's login,
# neither superuser nor owner nor BYPASSRLS, member of the two roles its transactions switch to.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE ROLE order_service_owner LOGIN PASSWORD '${POSTGRES_PASSWORD}';
CREATE DATABASE orders OWNER order_service_owner;
REVOKE ALL ON DATABASE orders FROM PUBLIC;
CREATE ROLE order_service_app NOLOGIN;
CREATE ROLE order_service_system NOLOGIN;
CREATE ROLE order_service LOGIN PASSWORD '${ORDER_SERVICE_DB_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
GRANT order_service_app, order_service_system TO order_service;
GRANT CONNECT ON DATABASE orders TO order_service;
SQL
psql -v ON_ERROR_STOP=1 --username postgres --dbname orders -c 'ALTER SCHEMA public OWNER TO order_service_owner'
