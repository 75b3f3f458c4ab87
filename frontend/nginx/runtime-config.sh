#!/bin/sh
# Written when the container starts, from where Keycloak is (PROMISE_KEYCLOAK_URL): the browser's runtime config
# (see vite.config.ts) and the security headers, whose Content-Security-Policy names Keycloak's origin. The policy
# is the one server/securityHeaders.ts builds for `vite preview`; its test runs this script to keep them equal.
set -eu
HTML_DIR=${PROMISE_HTML_DIR:-/usr/share/nginx/html}
CONF_DIR=${PROMISE_NGINX_CONF_DIR:-/etc/nginx/promise}
KEYCLOAK_URL=${PROMISE_KEYCLOAK_URL:-http://localhost:8180}
# scheme://host[:port], without any path
KEYCLOAK_ORIGIN=$(printf %s "$KEYCLOAK_URL" | sed -E 's#^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]+).*#\1#')

cat > "$HTML_DIR/runtime-config.json" <<JSON
{"keycloakUrl":"$KEYCLOAK_URL","realm":"${PROMISE_KEYCLOAK_REALM:-promise}","clientId":"${PROMISE_KEYCLOAK_CLIENT_ID:-promise-web}"}
JSON

# $1: who may frame the page ('none', or 'self' for the silent sign-in check); $2: X-Frame-Options for older browsers
security_headers() {
  cat <<CONF
add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self' $KEYCLOAK_ORIGIN; frame-src 'self' $KEYCLOAK_ORIGIN; frame-ancestors $1; form-action 'self'; base-uri 'self'; object-src 'none'" always;
add_header X-Frame-Options $2 always;
add_header X-Content-Type-Options nosniff always;
add_header Referrer-Policy no-referrer always;
CONF
}
mkdir -p "$CONF_DIR"
security_headers "'none'" DENY > "$CONF_DIR/security-headers.conf"
security_headers "'self'" SAMEORIGIN > "$CONF_DIR/security-headers-framed-by-self.conf"
