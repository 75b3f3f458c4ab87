// Fails when src/lib/api/schema.d.ts is not what openapi-typescript makes of ../openapi.yaml today.
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const contract = new URL('../../openapi.yaml', import.meta.url);
const generated = new URL('../src/lib/api/schema.d.ts', import.meta.url);

const fresh = astToString(await openapiTS(contract)).trim();
const committed = await readFile(generated, 'utf8');
if (!committed.includes(fresh)) {
  console.error('src/lib/api/schema.d.ts is stale: run `make gen` and commit the result.');
  process.exit(1);
}
console.log('The generated API client matches openapi.yaml.');
