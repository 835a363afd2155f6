/**
 * What a slow or hostile HTTP client can hold, tested with real TCP clients against the listening service
 * (short deadlines configured): bodies trickled in slower than the deadline are cut off, answers given before
 * the body was read close their connection, connections are capped per address and in total, the overload
 * guard refuses with 503, and every answer — also one Node writes on a bare socket — is problem+json with a
 * request id that echoes nothing of the request.
 */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { useTestService, startTestService } from '../support/harness.js';

const svc = useTestService({
    messaging: false,
    env: { HTTP_BODY_TIMEOUT_MS: '500', HTTP_REQUEST_TIMEOUT_MS: '20000', HTTP_MAX_CONNECTIONS_PER_ADDRESS: '60' },
  });

interface RawExchange {
  /** Everything the server wrote. */
  received: string;
}

/**
 * A raw client: connects, writes `head`, then one byte of body every `trickleMs` until the server closes. The
 * trickle never ends by itself, so the exchange ends only if the server closes the connection (the test
 * gives up after `giveUpMs`, far beyond the service's deadlines).
 */
function rawClient(baseUrl: string, head: string, options: { trickleMs?: number; giveUpMs?: number } = {}): Promise<RawExchange> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
    let received = '';
    let trickle: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      clearInterval(trickle);
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${options.giveUpMs ?? 15_000} ms`));
    }, options.giveUpMs ?? 15_000);
    socket.on('connect', () => {
      socket.write(head);
      if (options.trickleMs) trickle = setInterval(() => socket.writable && socket.write('a'), options.trickleMs);
    });
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(trickle);
      clearTimeout(giveUp);
      resolve({ received });
    });
  });
}

function parseAnswer(raw: string): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(rest.join('\r\n')) as Record<string, unknown> };
}

function expectProblem(answer: ReturnType<typeof parseAnswer>, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  expect(answer.headers['x-request-id']).toMatch(/^[\w.:-]+$/);
  expect(answer.body).toMatchObject({ status, code });
  expect(answer.body.requestId).toBe(answer.headers['x-request-id']);
}

const slowBody = (path: string, headers: string[] = []) =>
  [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', 'Content-Length: 90000', ...headers, '', '{'].join('\r\n');

describe('slow bodies', () => {
  it('cuts off bodies trickled slower than the deadline with 408, while readiness is still answered', async () => {
    const clients = Array.from({ length: 20 }, () => rawClient(svc.baseUrl, slowBody('/webhooks/payment'), { trickleMs: 100 }));
    const ready = await fetch(`${svc.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    const exchanges = await Promise.all(clients);
    for (const exchange of exchanges) {
      const answer = parseAnswer(exchange.received);
      expectProblem(answer, 408, 'REQUEST_TIMEOUT');
      expect(answer.headers.connection).toBe('close');
    }
  });

  it('closes the connection after an answer given before the body was read (401)', async () => {
    const exchange = await rawClient(svc.baseUrl, slowBody('/api/v1/orders'), { trickleMs: 100 });
    const answer = parseAnswer(exchange.received);
    expectProblem(answer, 401, 'UNAUTHENTICATED');
    expect(answer.headers.connection).toBe('close');
  });

  it('answers a declared body over 100 KB with 413 problem+json and closes the connection', async () => {
    const token = (await svc.tenant().customer()).token;
    const head = [
      'POST /api/v1/orders HTTP/1.1',
      'Host: 127.0.0.1',
      `Authorization: Bearer ${token}`,
      'Content-Type: application/json',
      'Content-Length: 200000',
      '',
      '{',
    ].join('\r\n');
    const exchange = await rawClient(svc.baseUrl, head, { trickleMs: 100 });
    const answer = parseAnswer(exchange.received);
    expectProblem(answer, 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('connection caps', () => {
  it('refuses connections past the cap per client address with 503 problem+json, and frees the slots when they close', async () => {
    const { port } = new URL(svc.baseUrl);
    const held = await Promise.all(
      Array.from({ length: 60 }, () => new Promise<net.Socket>((resolve) => {
        const socket = net.connect({ host: '127.0.0.1', port: Number(port) }, () => resolve(socket));
        socket.on('error', () => undefined);
      })),
    );
    try {
      const refused = await rawClient(svc.baseUrl, 'GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', { giveUpMs: 4000 });
      const answer = parseAnswer(refused.received);
      expectProblem(answer, 503, 'OVERLOADED');
      expect(answer.headers['retry-after']).toBe('1');
    } finally {
      for (const socket of held) socket.destroy();
    }
    await expect.poll(async () => (await fetch(`${svc.baseUrl}/health/live`)).status, { timeout: 5000 }).toBe(200);
  });

  it('caps connections in total', async () => {
    const capped = await startTestService({ messaging: false, env: { HTTP_MAX_CONNECTIONS: '3', HTTP_MAX_CONNECTIONS_PER_ADDRESS: '0' } });
    try {
      const { port } = new URL(capped.baseUrl);
      const held = await Promise.all(
        Array.from({ length: 3 }, () => new Promise<net.Socket>((resolve) => {
          const socket = net.connect({ host: '127.0.0.1', port: Number(port) }, () => resolve(socket));
          socket.on('error', () => undefined);
        })),
      );
      const refused = await rawClient(capped.baseUrl, 'GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', { giveUpMs: 4000 });
      expectProblem(parseAnswer(refused.received), 503, 'OVERLOADED');
      for (const socket of held) socket.destroy();
    } finally {
      await capped.close();
    }
  });
});

describe('answers written before a route runs are problem+json and echo nothing', () => {
  it('431 for headers over the size limit', async () => {
    const secret = `x${'s'.repeat(20_000)}`;
    const exchange = await rawClient(svc.baseUrl, `GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${secret}\r\n\r\n`);
    const answer = parseAnswer(exchange.received);
    expectProblem(answer, 431, 'HEADERS_TOO_LARGE');
    expect(exchange.received).not.toContain('sss');
  });

  it('400 for malformed HTTP', async () => {
    const exchange = await rawClient(svc.baseUrl, 'THIS IS <b>NOT</b> HTTP\r\n\r\n');
    const answer = parseAnswer(exchange.received);
    expectProblem(answer, 400, 'MALFORMED_REQUEST');
    expect(exchange.received).not.toContain('<b>');
  });

  it('414 for a path parameter over the length limit, before authentication', async () => {
    const response = await fetch(`${svc.baseUrl}/api/v1/orders/${'<script>'.repeat(30)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const text = await response.text();
    expect(text).not.toContain('script');
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body.code).toBe('URI_TOO_LONG');
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('404 for an unknown route, without the path in the answer', async () => {
    const token = (await svc.tenant().customer()).token;
    const response = await fetch(`${svc.baseUrl}/no/such/<route>`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const text = await response.text();
    expect(text).not.toContain('route>');
    expect(text).not.toContain('no/such');
    expect((JSON.parse(text) as { code: string }).code).toBe('NOT_FOUND');
  });

  it('415 for a body that is not JSON, without its media type in the answer', async () => {
    const token = (await svc.tenant().customer()).token;
    const response = await fetch(`${svc.baseUrl}/api/v1/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/x-evil-type' },
      body: 'hello',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const text = await response.text();
    expect(text).not.toContain('evil');
    expect((JSON.parse(text) as { code: string }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('overload guard', () => {
  it('answers 503 OVERLOADED with Retry-After while the event loop lags; liveness still answers', async () => {
    const guarded = await startTestService({
      messaging: false,
      env: { OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '50', OVERLOAD_SAMPLE_INTERVAL_MS: '300', OVERLOAD_RETRY_AFTER_SECONDS: '7' },
    });
    try {
      // Block the loop the service runs on (the test shares its process), then ask at once.
      const until = Date.now() + 1000;
      while (Date.now() < until) {
        // busy: this is the lag the guard must see
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
      const [refused, live] = await Promise.all([
        guarded.request({ method: 'GET', url: '/health/ready' }),
        guarded.request({ method: 'GET', url: '/health/live' }),
      ]);
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.headers['retry-after']).toBe('7');
      expect(refused.json()).toMatchObject({ code: 'OVERLOADED' });
      expect(live.statusCode).toBe(200);
      // Once the loop is calm again, requests go through.
      await expect.poll(async () => (await guarded.request({ method: 'GET', url: '/health/ready' })).statusCode, { timeout: 5000 }).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
