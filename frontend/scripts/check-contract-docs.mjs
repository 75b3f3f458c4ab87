// `make test` fails when an operation of openapi.yaml has no summary, description or example.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { undocumentedOperations } from './contract-docs.mjs';

const doc = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const problems = undocumentedOperations(doc);
if (problems.length > 0) {
  console.error(`Operations a reader of openapi.yaml could not use from the contract alone:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Every operation in openapi.yaml has a summary, a description and an example.');
