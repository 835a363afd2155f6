/**
 * Operations (SPEC §11): health probes, Prometheus metrics and the OpenAPI document, all without a token.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { placeOrder } from '../support/orders.js';

const svc = useTestService();

describe('health', () => {
  it('answers /health/live with 200', async () => {
    const response = await svc.request({ method: 'GET', url: '/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers /health/ready with 200 and the checks of the database and cache', async () => {
    const response = await svc.request({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ready',
      checks: { database: { status: 'up' }, cache: { status: 'up' } },
    });
  });

  it('answers /health/startup with 200 once started', async () => {
    expect((await svc.request({ method: 'GET', url: '/health/startup' })).statusCode).toBe(200);
  });

  it('answers readiness 503 while the service is not accepting (shutting down)', async () => {
    svc.app.accepting = false;
    try {
      const response = await svc.request({ method: 'GET', url: '/health/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      svc.app.accepting = true;
    }
  });
});

describe('metrics', () => {
  it('exposes HTTP latency by route and status and the orders counter after a checkout', async () => {
    await placeOrder(svc, svc.tenant());

    const response = await svc.request({ method: 'GET', url: '/metrics' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toMatch(/^http_request_duration_seconds_bucket\{.*route="\/api\/v1\/orders".*status="201".*\} \d+/m);
    expect(response.body).toMatch(/^orders_total\{event="created"\} [1-9]\d*/m);
    expect(response.body).toMatch(/^orders_total\{event="reserved"\} [1-9]\d*/m);
    expect(response.body).toMatch(/^peer_calls_total\{peer="ticket",outcome="ok"\} [1-9]\d*/m);
    expect(response.body).toMatch(/^peer_breaker_state\{peer="payment"\} 0/m);
  });
});

describe('the OpenAPI document', () => {
  it('is served at /docs/json and lists the order routes', async () => {
    const response = await svc.request({ method: 'GET', url: '/docs/json' });

    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths['/api/v1/orders'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(document.paths).toHaveProperty(['/api/v1/orders/{id}']);
    expect(document.paths).toHaveProperty(['/api/v1/orders/{id}/cancel']);
    expect(document.paths).toHaveProperty(['/api/v1/orders/{id}/events']);
  });
});
