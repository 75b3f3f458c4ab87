// The Kubernetes manifests (deploy/kubernetes), checked without a cluster: each object against its schema (the core
// kinds by kubernetes-models, built from Kubernetes' OpenAPI; CloudNativePG's kinds by the schemas of their CRDs,
// vendored in deploy/kubernetes/schemas, where a field the CRD does not know is an error, as the API server's strict
// field validation makes it), then what a schema cannot see: every object the kustomization lists exists and every
// manifest is listed, selectors select, references resolve, secrets come from Secrets, and the API's settings are
// ones it reads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, 'deploy/kubernetes');
const problems = [];
const expect = (condition, message) => condition || problems.push(message);

// Made outside the manifests, as README.md says: by CloudNativePG (<cluster>-app), or by whoever deploys.
const MADE_ELSEWHERE = {
  Secret: ['promise-db-app', 'keycloak-db-app', 'keycloak-bootstrap-admin', 'promise-admin-api', 'promise-backup-s3', 'promise-tls'],
  ConfigMap: ['promise-realm'],
};

const kustomization = parseAllDocuments(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'))[0].toJS();
const listed = kustomization.resources ?? [];
for (const file of listed) expect(existsSync(join(dir, file)), `kustomization.yaml lists ${file}, which is missing`);
for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml') && name !== 'kustomization.yaml')) {
  expect(listed.includes(file), `${file} is not in kustomization.yaml's resources`);
}

const objects = listed.filter((file) => existsSync(join(dir, file))).flatMap((file) =>
  parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((document, index) => {
    for (const error of document.errors) problems.push(`${file}: ${error.message}`);
    return { file, index, object: document.toJS() };
  }),
);
const named = (kind, name) => objects.some(({ object }) => object.kind === kind && object.metadata?.name === name);
const where = ({ file, object }) => `${file}: ${object.kind} ${object.metadata?.name}`;

// Strict: an object schema that lists its properties and does not keep unknown fields refuses any other.
function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy['x-kubernetes-preserve-unknown-fields']) {
    copy.additionalProperties = false;
  }
  return copy;
}
// Formats (int32, date-time) are the API server's to check on values it fills in; the manifests' are plain.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const crdSchemas = new Map(
  readdirSync(join(dir, 'schemas'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const [group, kind, version] = name.replace(/\.json$/, '').split('_');
      const schema = closed(JSON.parse(readFileSync(join(dir, 'schemas', name), 'utf8')));
      // apiVersion, kind and metadata are the API server's, not the CRD's to describe.
      schema.properties = { ...schema.properties, apiVersion: {}, kind: {}, metadata: { type: 'object' } };
      return [`${group}/${version}/${kind}`, ajv.compile(schema)];
    }),
);

async function validate({ object }) {
  const { apiVersion = '', kind = '' } = object;
  const crd = crdSchemas.get(`${apiVersion}/${kind}`);
  if (crd) {
    return crd(object) ? [] : crd.errors.map((error) => `${error.instancePath || '/'} ${error.message}${error.params?.additionalProperty ? ` '${error.params.additionalProperty}'` : ''}`);
  }
  let model;
  try {
    model = (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
  } catch {
    return [`no schema for ${apiVersion} ${kind}: add its CRD's schema to deploy/kubernetes/schemas`];
  }
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

for (const entry of objects) {
  for (const message of await validate(entry)) problems.push(`${where(entry)}: ${message}`);
}

const matches = (selector = {}, labels = {}) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);
const deployments = objects.filter(({ object }) => object.kind === 'Deployment');
const podLabels = deployments.map(({ object }) => object.spec?.template?.metadata?.labels ?? {});

for (const entry of deployments) {
  const { spec = {} } = entry.object;
  expect(matches(spec.selector?.matchLabels, spec.template?.metadata?.labels), `${where(entry)}: its selector does not select its own pods`);
  expect((spec.replicas ?? 1) >= 2, `${where(entry)}: fewer than two replicas, so one pod's restart is an outage`);
  for (const container of spec.template?.spec?.containers ?? []) {
    const at = `${where(entry)}, container ${container.name}`;
    expect(container.resources?.requests && container.resources?.limits, `${at}: resource requests and limits are both needed`);
    expect(container.readinessProbe && container.livenessProbe, `${at}: readiness and liveness probes are both needed`);
    for (const variable of container.env ?? []) {
      const secretLike = /PASSWORD|SECRET|TOKEN|_KEY$|PRIVATE/.test(variable.name);
      expect(!(secretLike && 'value' in variable), `${at}: ${variable.name} is written in the manifest; take it from a Secret`);
      const reference = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
      const kind = variable.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap';
      if (reference) expect(named(kind, reference.name) || MADE_ELSEWHERE[kind].includes(reference.name), `${at}: ${kind} ${reference.name} is neither in the manifests nor among those README.md lists`);
    }
    for (const source of container.envFrom ?? []) {
      const name = source.configMapRef?.name ?? source.secretRef?.name;
      const kind = source.configMapRef ? 'ConfigMap' : 'Secret';
      expect(named(kind, name) || MADE_ELSEWHERE[kind].includes(name), `${at}: ${kind} ${name} is missing`);
    }
  }
  for (const volume of spec.template?.spec?.volumes ?? []) {
    if (volume.configMap) expect(named('ConfigMap', volume.configMap.name) || MADE_ELSEWHERE.ConfigMap.includes(volume.configMap.name), `${where(entry)}: ConfigMap ${volume.configMap.name} is missing`);
  }
}

for (const entry of objects) {
  const { kind, spec = {}, data = {} } = entry.object;
  if (kind === 'Service') expect(podLabels.some((labels) => matches(spec.selector, labels)), `${where(entry)}: its selector selects no pods`);
  if (kind === 'PodDisruptionBudget' || kind === 'NetworkPolicy') {
    const selector = kind === 'NetworkPolicy' ? spec.podSelector?.matchLabels : spec.selector?.matchLabels;
    expect(podLabels.some((labels) => matches(selector, labels)), `${where(entry)}: its selector selects no pods`);
  }
  if (kind === 'HorizontalPodAutoscaler') expect(named(spec.scaleTargetRef?.kind, spec.scaleTargetRef?.name), `${where(entry)}: it scales nothing that exists`);
  if (kind === 'Pooler' || kind === 'ScheduledBackup') expect(named('Cluster', spec.cluster?.name), `${where(entry)}: no Cluster ${spec.cluster?.name}`);
  if (kind === 'Cluster') {
    for (const plugin of spec.plugins ?? []) {
      const store = plugin.parameters?.barmanObjectName;
      expect(!store || named('ObjectStore', store), `${where(entry)}: no ObjectStore ${store}`);
    }
  }
  if (kind === 'Ingress') {
    for (const rule of spec.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const service = objects.find(({ object }) => object.kind === 'Service' && object.metadata?.name === path.backend?.service?.name);
        expect(service && service.object.spec.ports.some((port) => port.name === path.backend.service.port?.name), `${where(entry)}: ${rule.host}${path.path} goes to no Service port`);
      }
    }
  }
  if (kind === 'ConfigMap' && entry.object.metadata?.name === 'promise-api') {
    // Every setting must be one the API reads (application.properties), or a Quarkus one.
    const properties = readFileSync(join(root, 'backend/src/main/resources/application.properties'), 'utf8');
    for (const name of Object.keys(data)) {
      expect(name.startsWith('QUARKUS_') || properties.includes(`\${${name}`), `${where(entry)}: the API reads no setting ${name}`);
    }
  }
}

if (problems.length) {
  console.error(`deploy/kubernetes:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`deploy/kubernetes: ${objects.length} objects in ${listed.length} files valid against their schemas and consistent`);
