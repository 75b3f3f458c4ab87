// keycloak-js reads the result of its silent sign-in check from this message. A file, not an inline script, so
// that the Content-Security-Policy can forbid inline scripts.
parent.postMessage(location.href, location.origin);
