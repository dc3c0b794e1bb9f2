#!/usr/bin/env bash
# Gateway overhead benchmark: the same small authenticated GET, at a fixed rate, interleaved
# round by round, (1) through the gateway, (2) directly to backlog-service, (3) through nginx as
# a reverse proxy to the same service (the reference floor). Prints p50/p90/p99 and the ratios.
# Results and the exact command go to docs/benchmarks.md ("gateway: overhead vs direct and nginx").
#
#   gateway/benchmark/run.sh [--no-build] [--keep-up]
#
#   --no-build   start the devstack from the jars already built (java -jar devstack/...-launcher.jar)
#                instead of ./refinery up, which rebuilds the whole reactor when sources changed
#   --keep-up    leave the devstack running afterwards (default: stop it if this script started it)
#
# Settings (environment): ROUNDS_PER_SECOND (50: 150 requests/s in all), JIT_WARM_UP (5000 calls per
# target sent back to back before the fixed-rate warm-up), WARM_UP_SECONDS (40),
# MEASURE_SECONDS (60), BENCH_PATH (/api/backlog/products/PAY), BENCH_USER / BENCH_PASSWORD
# (paul / paul-demo), GATEWAY_PORT (18080), NGINX_PORT (18081), GATEWAY_BULKHEAD (false),
# GATEWAY_ARGS (extra arguments for the measured gateway, e.g. to switch one feature off),
# GATEWAY_JVM_ARGS (extra JVM options for it, e.g. a profiler agent).
#
# The devstack's own gateway (8080) runs with quick-start JVM flags (C1 only, serial GC), so this
# script starts a second gateway from gateway/target with default JIT flags and a rate limit
# far above the benchmark rate, in front of the devstack's backlog-service and Keycloak.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/refinery-gateway-bench.XXXXXX)"
NO_BUILD=false
KEEP_UP=false
for arg in "$@"; do
  case "$arg" in
    --no-build) NO_BUILD=true ;;
    --keep-up) KEEP_UP=true ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

ROUNDS_PER_SECOND="${ROUNDS_PER_SECOND:-50}"
WARM_UP_SECONDS="${WARM_UP_SECONDS:-40}"
GATEWAY_BULKHEAD="${GATEWAY_BULKHEAD:-false}"
MEASURE_SECONDS="${MEASURE_SECONDS:-60}"
BENCH_PATH="${BENCH_PATH:-/api/backlog/products/PAY}"
BENCH_USER="${BENCH_USER:-paul}"
BENCH_PASSWORD="${BENCH_PASSWORD:-paul-demo}"
GATEWAY_PORT="${GATEWAY_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
BACKLOG="http://127.0.0.1:8081"
ISSUER="http://localhost:8180/realms/refinery"

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
STARTED_STACK=false
GATEWAY_PID=""
NGINX_PID=""

cleanup() {
  [ -n "$GATEWAY_PID" ] && kill "$GATEWAY_PID" 2>/dev/null && wait "$GATEWAY_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  if $STARTED_STACK && ! $KEEP_UP; then
    echo "stopping the devstack"
    (cd "$ROOT" && ./refinery down) || true
  fi
}
trap cleanup EXIT

wait_for() { # <what> <seconds> <command...>
  local what="$1" seconds="$2"
  shift 2
  for _ in $(seq "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "error: $what not ready after ${seconds}s" >&2
  exit 1
}

token() {
  curl -sf -d grant_type=password -d client_id=refinery-cli -d "username=$BENCH_USER" \
    -d "password=$BENCH_PASSWORD" "$ISSUER/protocol/openid-connect/token" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

authorized_get() { # <base-url>
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1$BENCH_PATH")" = 200 ]
}

# 1. nginx, Debian's package.
if ! command -v nginx >/dev/null; then
  echo "installing nginx (apt-get install -y nginx)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

# 2. The platform: backlog-service and Keycloak (with seeded demo data) are what the GET needs.
if ! curl -sf "$BACKLOG/actuator/health/readiness" >/dev/null; then
  echo "starting the devstack (log: $WORK/devstack.log)"
  if $NO_BUILD; then
    LAUNCHER="$(ls "$ROOT"/devstack/target/devstack-*-launcher.jar | head -1)"
    (cd "$ROOT" && MALLOC_ARENA_MAX=2 nohup "$JAVA" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      --enable-native-access=ALL-UNNAMED -jar "$LAUNCHER" up >"$WORK/devstack.log" 2>&1 &)
  else
    (cd "$ROOT" && nohup ./refinery up >"$WORK/devstack.log" 2>&1 &)
  fi
  STARTED_STACK=true
  wait_for "backlog-service" 600 curl -sf "$BACKLOG/actuator/health/readiness"
  wait_for "Keycloak" 300 token
fi
TOKEN="$(token)"
wait_for "seeded product ($BENCH_PATH)" 300 authorized_get "$BACKLOG"

# 3. A gateway with default JIT flags and a rate limit far above the benchmark rate. The route
# bulkhead of Spring Cloud CircuitBreaker is off in application.yml (see there);
# GATEWAY_BULKHEAD=true measures with it anyway.
GATEWAY_JAR="$(ls "$ROOT"/gateway/target/gateway-*.jar | grep -vE -- '-(sources|javadoc|tests|plain)\.jar$' | head -1)"
echo "starting $GATEWAY_JAR on $GATEWAY_PORT"
MALLOC_ARENA_MAX=2 "$JAVA" -Xms256m -Xmx256m --enable-native-access=ALL-UNNAMED ${GATEWAY_JVM_ARGS:-} -jar "$GATEWAY_JAR" \
  --server.port="$GATEWAY_PORT" --refinery.services.backlog="$BACKLOG" \
  --refinery.security.issuer-uri="$ISSUER" \
  --refinery.gateway.rate-limit.requests-per-second=100000 --refinery.gateway.rate-limit.burst=100000 \
  --spring.cloud.circuitbreaker.bulkhead.resilience4j.enabled="$GATEWAY_BULKHEAD" \
  ${GATEWAY_ARGS:-} >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
wait_for "gateway" 120 curl -sf "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness"

# 4. nginx as the reference reverse proxy: one worker, keep-alive to the service, no access log.
mkdir -p "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  upstream backlog { server 127.0.0.1:8081; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://backlog;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header Authorization \$http_authorization;
    }
  }
}
NGINX
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
wait_for "nginx" 20 authorized_get "http://127.0.0.1:$NGINX_PORT"
wait_for "gateway route" 60 authorized_get "http://127.0.0.1:$GATEWAY_PORT"

# 5. The measurement, with a fresh token (5-minute lifetime: keep warm-up + measure well below).
TOKEN="$(token)"
echo "load before: $(uptime)"
"$JAVA" -Xmx256m -DjitWarmUp="${JIT_WARM_UP:-5000}" "$ROOT/gateway/benchmark/LoadHarness.java" "$TOKEN" "$ROUNDS_PER_SECOND" \
  "$WARM_UP_SECONDS" "$MEASURE_SECONDS" \
  "gateway=http://127.0.0.1:$GATEWAY_PORT$BENCH_PATH" \
  "direct=$BACKLOG$BENCH_PATH" \
  "nginx=http://127.0.0.1:$NGINX_PORT$BENCH_PATH"
echo "load after: $(uptime)"
echo "java: $("$JAVA" -version 2>&1 | head -1); nginx: $(nginx -v 2>&1); cores: $(nproc)"
