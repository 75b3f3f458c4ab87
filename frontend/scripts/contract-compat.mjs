// Compares the contract with the last released one: an operation, a response, or a response property that a
// client may rely on must not disappear or change type. Additions are always allowed.

function resolve(document, schema, seen = new Set()) {
  if (!schema || typeof schema !== 'object') return schema;
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return {};
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce((node, key) => node?.[key], document);
    return resolve(document, target, new Set([...seen, schema.$ref]));
  }
  if (schema.allOf) {
    const merged = { type: 'object', properties: {} };
    for (const part of schema.allOf) {
      const resolved = resolve(document, part, seen);
      Object.assign(merged.properties, resolved.properties ?? {});
      if (resolved.type && resolved.type !== 'object') merged.type = resolved.type;
    }
    return merged;
  }
  return schema;
}

function typeOf(schema) {
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.oneOf || schema.anyOf) return 'union';
  return 'any';
}

function compareSchemas(released, current, releasedDoc, currentDoc, where, problems, depth = 0) {
  const before = resolve(releasedDoc, released);
  const after = resolve(currentDoc, current);
  if (!before || depth > 12) return;
  if (!after) {
    problems.push(`${where} was removed`);
    return;
  }
  if (typeOf(before) !== typeOf(after)) {
    problems.push(`${where} changed type from ${typeOf(before)} to ${typeOf(after)}`);
    return;
  }
  for (const [name, property] of Object.entries(before.properties ?? {})) {
    const next = after.properties?.[name];
    if (!next) problems.push(`${where}.${name} was removed`);
    else compareSchemas(property, next, releasedDoc, currentDoc, `${where}.${name}`, problems, depth + 1);
  }
  if (before.items) compareSchemas(before.items, after.items, releasedDoc, currentDoc, `${where}[]`, problems, depth + 1);
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The breaking changes from the released contract to the current one, as sentences; none means compatible. */
export function breakingChanges(released, current) {
  const problems = [];
  for (const [path, operations] of Object.entries(released.paths ?? {})) {
    for (const method of METHODS.filter((m) => operations[m])) {
      const operation = `${method.toUpperCase()} ${path}`;
      const now = current.paths?.[path]?.[method];
      if (!now) {
        problems.push(`${operation} was removed`);
        continue;
      }
      for (const [status, response] of Object.entries(operations[method].responses ?? {})) {
        const resolvedBefore = resolve(released, response);
        const resolvedNow = resolve(current, now.responses?.[status]);
        if (!resolvedNow) {
          problems.push(`${operation} no longer answers ${status}`);
          continue;
        }
        for (const [mediaType, content] of Object.entries(resolvedBefore.content ?? {})) {
          const nowContent = resolvedNow.content?.[mediaType];
          if (!nowContent) problems.push(`${operation} ${status} no longer answers ${mediaType}`);
          else compareSchemas(content.schema, nowContent.schema, released, current, `${operation} ${status}`, problems);
        }
      }
    }
  }
  return problems;
}
