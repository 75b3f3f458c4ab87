/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { localUrl } from './server/defaultPorts.ts';
import { securityHeaders } from './server/securityHeaders.ts';

// Where the dev and preview servers find the API and browsers find Keycloak; asked only when a server starts.
const keycloakUrl = () => process.env.PROMISE_KEYCLOAK_URL ?? localUrl('PROMISE_KEYCLOAK_PORT');
function apiProxy() {
  const proxySourceAddress = process.env.PROMISE_PROXY_SOURCE_ADDRESS;
  const target = process.env.PROMISE_API_URL ?? localUrl('PROMISE_API_PORT');
  return { '/api': { target, xfwd: true, ...(proxySourceAddress ? { localAddress: proxySourceAddress } : {}) } };
}

/**
 * The browser learns where Keycloak is at run time, from /runtime-config.json, so one build serves every
 * environment. Here the dev and preview servers answer it from the environment; behind nginx it is a file.
 */
function runtimeConfig(): Plugin {
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url !== '/runtime-config.json') return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(
      JSON.stringify({
        keycloakUrl: keycloakUrl(),
        realm: process.env.PROMISE_KEYCLOAK_REALM ?? 'promise',
        clientId: process.env.PROMISE_KEYCLOAK_CLIENT_ID ?? 'promise-web',
      }),
    );
  };
  return {
    name: 'promise-runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

/**
 * The preview server (what `make run` and `make test` serve) sends the security headers the Docker image's nginx
 * sends. The dev server does not: its hot reloading needs inline scripts.
 */
function previewSecurityHeaders(): Plugin {
  return {
    name: 'promise-security-headers',
    configurePreviewServer: (server) =>
      void server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://preview').pathname;
        // The API's answers pass through with its own headers (its printable page has a policy of its own).
        if (!path.startsWith('/api/')) {
          for (const [name, value] of Object.entries(securityHeaders(keycloakUrl(), path))) res.setHeader(name, value);
        }
        next();
      }),
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), previewSecurityHeaders(), runtimeConfig()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@govuk-assets': fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url)),
    },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true },
    },
    // GOV.UK Frontend keeps an old-browser media hack ("min-width: 0\0") that the minifier cannot parse; the
    // minifier drops that one rule instead of failing the build.
    lightningcss: { errorRecovery: true },
  },
  // xfwd: the API limits callers who are not signed in by their own address, not the proxy's; it believes the
  // forwarded address only from the proxy's own source address (scripts/stack.sh gives it one).
  ...(command === 'serve' ? { server: { proxy: apiProxy() }, preview: { proxy: apiProxy() } } : {}),
  // No source maps in what is served: they would publish the source to anyone who asks.
  build: { sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.mjs'],
    css: false,
  },
}));
