#!/usr/bin/env bash
# The compiled service starts as the container image starts it: `npm run build`, then `node dist/main.js`
# (here on the embedded default, in a data folder of its own and on ports of its own), answers
# /health/ready, and exits 0 on SIGTERM. Run by .ci/run; needs nothing but Node.js.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rm -rf dist
npm run -s build
[[ -f dist/main.js && -f dist/migrate.js ]] || { echo "build-smoke: dist/main.js or dist/migrate.js missing" >&2; exit 1; }
[[ -f dist/console-assets/app.js && -f dist/console-assets/app.css ]] || { echo "build-smoke: the admin console's bundle (dist/console-assets) is missing" >&2; exit 1; }

data_dir="$(mktemp -d)"
log="$data_dir/service.log"
port=47004
env -u DATABASE_URL -u REDIS_URL -u RABBITMQ_URL -u NODE_ENV \
  PORT=$port SANDBOX_TICKET_PORT=47001 SANDBOX_PAYMENT_PORT=47002 SANDBOX_EVENT_PORT=47005 DATA_DIR="$data_dir" \
  node dist/main.js >"$log" 2>&1 &
pid=$!
cleanup() { kill -KILL "$pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

ready=0
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if [[ $ready -ne 1 ]]; then
  echo "build-smoke: node dist/main.js did not become ready; its log:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
# The admin console is served from the built bundle, and the embedded mode offers the developer's admin token.
for path in /admin /admin/assets/app.js /admin/assets/app.css; do
  curl -fsS -o /dev/null "http://127.0.0.1:$port$path" || { echo "build-smoke: GET $path failed" >&2; tail -n 40 "$log" >&2; exit 1; }
done
curl -fsS "http://127.0.0.1:$port/admin/developer-token" | grep -q '"token":"ey' \
  || { echo "build-smoke: the embedded mode offers no developer token at /admin/developer-token" >&2; exit 1; }
kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
[[ $rc -eq 0 ]] || { echo "build-smoke: node dist/main.js exited $rc after SIGTERM; its log:" >&2; tail -n 40 "$log" >&2; exit 1; }
echo "build-smoke: node dist/main.js started, was ready, served the admin console, and stopped cleanly"
