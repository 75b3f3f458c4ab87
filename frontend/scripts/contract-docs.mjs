// What a reader of the contract alone needs of each operation: a summary, a description and an example (of a
// parameter, the request body or a successful response).
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const hasExample = (holder) => holder !== undefined && (holder.example !== undefined || holder.examples !== undefined);

function mediaExamples(content) {
  return Object.values(content ?? {}).some(hasExample);
}

/** A parameter as a reader meets it, following its $ref into components. */
function resolve(doc, parameter) {
  const name = parameter.$ref?.match(/^#\/components\/parameters\/(.+)$/)?.[1];
  return name ? (doc.components?.parameters?.[name] ?? parameter) : parameter;
}

/** Each operation that lacks a summary, a description or an example, with what it lacks. */
export function undocumentedOperations(doc) {
  const problems = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const missing = [];
      if (!operation.summary?.trim()) missing.push('summary');
      if (!operation.description?.trim()) missing.push('description');
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolve(doc, parameter));
      const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      const example =
        parameters.some(hasExample) ||
        mediaExamples(operation.requestBody?.content) ||
        successes.some(([, response]) => mediaExamples(response.content));
      if (!example) missing.push('example');
      if (missing.length > 0) problems.push(`${name}: no ${missing.join(', no ')}`);
    }
  }
  return problems;
}
