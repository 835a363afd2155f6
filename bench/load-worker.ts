/**
 * The load generator, in its own process so that it never shares an event loop with the server it
 * measures. The bench forks it with a LoadSpec over IPC; it runs autocannon and answers a LoadResult.
 */
import http from 'node:http';
import autocannon from 'autocannon';
import type { CallPlan, LoadResult, LoadSpec } from './lib/load-spec.js';
import { signUserTokenSync } from './lib/tokens.js';

type Request = autocannon.Request;

function tokenCache(secret: string, tenantId: string): (userId: string) => string {
  const tokens = new Map<string, string>();
  return (userId) => {
    let token = tokens.get(userId);
    if (!token) {
      token = signUserTokenSync(secret, { sub: userId, tenantId, roles: ['customer'] });
      tokens.set(userId, token);
    }
    return token;
  };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function requestsFor(plan: CallPlan): Request[] {
  switch (plan.kind) {
    case 'static':
      return [{ method: plan.method, path: plan.path, headers: plan.headers ?? {}, ...(plan.body ? { body: plan.body } : {}) }];
    case 'checkout': {
      let next = 0;
      const body = JSON.stringify({
        eventId: plan.eventId,
        items: [{ ticketTypeId: plan.ticketTypeId, quantity: 1 }],
        ...(plan.promoCode ? { promoCode: plan.promoCode } : {}),
      });
      return [
        {
          method: 'POST',
          path: '/api/v1/orders',
          headers: JSON_HEADERS,
          body,
          setupRequest(request) {
            const n = next++;
            const userId = `${plan.userPrefix}-${n}`;
            request.headers = {
              ...JSON_HEADERS,
              authorization: `Bearer ${signUserTokenSync(plan.secret, { sub: userId, tenantId: plan.tenantId, roles: ['customer'] })}`,
              ...(plan.idempotencyKeys ? { 'idempotency-key': `${userId}-checkout` } : {}),
            };
            return request;
          },
        },
      ];
    }
    case 'getOrder':
    case 'listOrders': {
      const token = tokenCache(plan.secret, plan.tenantId);
      let next = 0;
      return [
        {
          method: 'GET',
          path: '/',
          setupRequest(request) {
            const pair = plan.pairs[next++ % plan.pairs.length]!;
            request.path = plan.kind === 'getOrder' ? `/api/v1/orders/${pair.orderId}` : '/api/v1/orders?limit=20';
            request.headers = { authorization: `Bearer ${token(pair.userId)}` };
            return request;
          },
        },
      ];
    }
    case 'refund': {
      const token = tokenCache(plan.secret, plan.tenantId);
      let next = 0;
      return [
        {
          method: 'POST',
          path: '/',
          body: JSON.stringify({ reason: 'bench: customer changed their mind' }),
          setupRequest(request) {
            const n = next++;
            const pair = plan.pairs[n % plan.pairs.length]!;
            request.path = `/api/v1/orders/${pair.orderId}/refunds`;
            request.headers = { ...JSON_HEADERS, authorization: `Bearer ${token(pair.userId)}`, 'idempotency-key': `bench-refund-${n}` };
            return request;
          },
        },
      ];
    }
    case 'change': {
      const token = tokenCache(plan.secret, plan.tenantId);
      let next = 0;
      return [
        {
          method: 'POST',
          path: '/',
          setupRequest(request) {
            const n = next++;
            const order = plan.orders[n % plan.orders.length]!;
            request.path = `/api/v1/orders/${order.orderId}/changes`;
            request.headers = { ...JSON_HEADERS, authorization: `Bearer ${token(order.userId)}`, 'idempotency-key': `bench-change-${n}` };
            request.body = JSON.stringify({
              reason: 'bench: swap one ticket',
              remove: [{ orderItemId: order.orderItemId, quantity: 1 }],
              add: [{ ticketTypeId: order.ticketTypeId, quantity: 1 }],
            });
            return request;
          },
        },
      ];
    }
    case 'confirm': {
      let next = 0;
      return [
        {
          method: 'POST',
          path: '/',
          setupRequest(request) {
            const order = plan.orders[next++ % plan.orders.length]!;
            request.path = `/internal/v1/orders/${order.orderId}/confirm`;
            request.headers = { ...JSON_HEADERS, authorization: `Bearer ${plan.serviceToken}` };
            request.body = JSON.stringify({ paymentIntentId: order.intentId });
            return request;
          },
        },
      ];
    }
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** One request of the plan, built as autocannon would build it. */
function nextRequest(template: Request): { method: string; path: string; headers: Record<string, string>; body?: string } {
  const request = { ...template, headers: { ...(template.headers ?? {}) } };
  const built = (template.setupRequest as ((r: Request, c: object) => Request) | undefined)?.(request, {}) ?? request;
  return {
    method: built.method ?? 'GET',
    path: built.path ?? '/',
    headers: (built.headers ?? {}) as Record<string, string>,
    ...(typeof built.body === 'string' ? { body: built.body } : {}),
  };
}

/** Open loop at a steady rate: see LoadSpec.mode. */
async function runPaced(spec: LoadSpec): Promise<LoadResult> {
  if (spec.moreBaseUrls?.length) throw new Error('the paced generator loads one URL');
  const rate = spec.overallRate ?? 1;
  const template = requestsFor(spec.plan)[0]!;
  const base = new URL(spec.baseUrl);
  const agent = new http.Agent({ keepAlive: true });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const total = Math.floor(rate * spec.durationSeconds);
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const plannedAt = started + (i * 1000) / rate;
    const wait = plannedAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const call = nextRequest(template);
    inFlight.push(
      new Promise<void>((resolve) => {
        const request = http.request(
          { host: base.hostname, port: base.port, method: call.method, path: call.path, headers: call.headers, agent, timeout: 10_000 },
          (response) => {
            response.resume();
            response.on('end', () => {
              latencies.push(performance.now() - plannedAt);
              statusCounts[String(response.statusCode)] = (statusCounts[String(response.statusCode)] ?? 0) + 1;
              resolve();
            });
          },
        );
        request.on('error', () => {
          errors += 1;
          resolve();
        });
        request.end(call.body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  const ok = Object.entries(statusCounts).filter(([status]) => status.startsWith('2')).reduce((sum, [, count]) => sum + count, 0);
  return {
    title: spec.title,
    mode: 'paced',
    connections: 0,
    durationSeconds: round(elapsed),
    overallRate: rate,
    requests: latencies.length,
    okPerSecond: round(ok / elapsed),
    answersPerSecond: round(latencies.length / elapsed),
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: round(latencies[latencies.length - 1] ?? 0), mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)) },
    statusCounts,
    errors,
    timeouts: 0,
  };
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  if (spec.mode === 'paced') return runPaced(spec);
  const result = await autocannon({
    // autocannon takes a list of URLs too (its types say one), and gives connection i the (i mod n)-th.
    url: (spec.moreBaseUrls?.length ? [spec.baseUrl, ...spec.moreBaseUrls] : spec.baseUrl) as string,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 10,
    // With a rate, autocannon "corrects" latencies for an expected interval of ceil(1/rate) ms, i.e. 1 ms:
    // that correction would invent samples, so it is off.
    ...(spec.overallRate ? { overallRate: spec.overallRate, ignoreCoordinatedOmission: true } : {}),
    ...(spec.amount ? { amount: spec.amount } : {}),
    requests: requestsFor(spec.plan),
  });
  const statusCounts: Record<string, number> = {};
  for (const [status, stat] of Object.entries(result.statusCodeStats ?? {})) statusCounts[status] = stat.count ?? 0;
  const answers = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
  return {
    title: spec.title,
    mode: 'autocannon',
    connections: spec.connections,
    durationSeconds: round(result.duration),
    overallRate: spec.overallRate ?? null,
    requests: answers,
    okPerSecond: round(result['2xx'] / result.duration),
    answersPerSecond: round(answers / result.duration),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: round(result.latency.mean),
    },
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

process.once('message', (spec: LoadSpec) => {
  run(spec).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? error.stack : String(error) }, () => process.exit(1)),
  );
});
