// `make test` fails when openapi.yaml breaks a client of the last released contract (contract/openapi-*.yaml).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { breakingChanges } from './contract-compat.mjs';

const root = new URL('../../', import.meta.url);
const releases = readdirSync(new URL('contract/', root)).filter((name) => /^openapi-\d+\.\d+\.\d+\.yaml$/.test(name));
const latest = releases.sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).at(-1);
const released = parse(readFileSync(new URL(`contract/${latest}`, root), 'utf8'));
const current = parse(readFileSync(new URL('openapi.yaml', root), 'utf8'));
const problems = breakingChanges(released, current);
if (problems.length > 0) {
  console.error(`openapi.yaml breaks clients of ${latest}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`openapi.yaml keeps every operation and response property of ${latest}.`);
