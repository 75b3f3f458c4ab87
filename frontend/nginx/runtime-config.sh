#!/bin/sh
# Tells the browser where Keycloak is (see vite.config.ts): written when the container starts.
set -eu
cat > /usr/share/nginx/html/runtime-config.json <<JSON
{"keycloakUrl":"${PROMISE_KEYCLOAK_URL:-http://localhost:8180}","realm":"${PROMISE_KEYCLOAK_REALM:-promise}","clientId":"${PROMISE_KEYCLOAK_CLIENT_ID:-promise-web}"}
JSON
