// There is no Docker engine here, so docker-compose.yml is checked as a document: it parses, it has the four
// services wired as the README says, and every file it points at exists.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
const problems = [];
const expect = (condition, message) => condition || problems.push(message);

const services = compose.services ?? {};
for (const name of ['postgres', 'keycloak', 'backend', 'frontend']) expect(services[name], `no service ${name}`);

const keycloak = services.keycloak ?? {};
expect((keycloak.command ?? []).includes('--import-realm'), 'keycloak does not import the realm');
expect(
  (keycloak.volumes ?? []).some((volume) => volume.startsWith('./infra/keycloak:/opt/keycloak/data/import')),
  'keycloak does not mount infra/keycloak as its import folder',
);
expect(existsSync(join(root, 'infra/keycloak/promise-realm.json')), 'the realm file is missing');

for (const [name, service] of Object.entries(services)) {
  if (service.build) {
    const context = join(root, service.build.context ?? '.');
    const dockerfile = join(context, service.build.dockerfile ?? 'Dockerfile');
    expect(existsSync(context), `${name}: build context ${context} is missing`);
    expect(existsSync(dockerfile), `${name}: ${dockerfile} is missing`);
  }
  for (const volume of service.volumes ?? []) {
    const source = volume.split(':')[0];
    if (source.startsWith('.')) expect(existsSync(join(root, source)), `${name}: ${source} is missing`);
  }
}

const backendEnv = services.backend?.environment ?? {};
expect(String(backendEnv.PROMISE_DB_URL).includes('//postgres:'), 'the backend does not use the postgres service');
expect(String(backendEnv.PROMISE_OIDC_URL).includes('//keycloak:'), 'the backend does not use the keycloak service');
const nginxAddress = services.frontend?.networks?.default?.ipv4_address;
expect(
  nginxAddress && String(backendEnv.PROMISE_TRUSTED_PROXIES) === nginxAddress,
  'the backend does not trust exactly the address of the frontend service (nginx), its proxy',
);

// Replicas share nothing but the database, as production's do; none may publish a host port (two would collide).
expect((services.backend?.deploy?.replicas ?? 1) >= 2, 'the backend runs fewer than two replicas');
expect(!services.backend?.ports, 'the backend publishes a port: its replicas are reached through nginx only');
expect(
  String(services.frontend?.environment?.PROMISE_API_UPSTREAM) === 'http://backend:8080',
  'nginx does not pass /api to the backend service (all its replicas)',
);

const frontendEnv = services.frontend?.environment ?? {};
expect(
  String(frontendEnv.PROMISE_KEYCLOAK_URL).startsWith('http'),
  'the frontend has no PROMISE_KEYCLOAK_URL (its runtime config and Content-Security-Policy name Keycloak)',
);

if (problems.length) {
  console.error(`docker-compose.yml: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`docker-compose.yml describes ${Object.keys(services).length} services; every file it names exists.`);
