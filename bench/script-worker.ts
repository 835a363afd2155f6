/**
 * Runs a ScriptSpec (lib/script-spec.ts) in its own process, so that the generator never shares an event
 * loop with the service it measures; answers a ScriptResult over IPC.
 */
import http from 'node:http';
import type { ScriptAnswer, ScriptCall, ScriptResult, ScriptSpec } from './lib/script-spec.js';

interface Answer {
  status: number;
  sentAt: number;
  answeredAt: number;
  body: unknown;
  replayed: boolean;
  retryAfterSeconds: number;
}

function send(agent: http.Agent, base: URL, call: Pick<ScriptCall, 'method' | 'path' | 'headers' | 'body'>, started: number): Promise<Answer> {
  return new Promise((resolve) => {
    let sentAt = performance.now() - started;
    const request = http.request(
      { host: base.hostname, port: base.port, method: call.method, path: call.path, headers: call.headers, agent, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          let body: unknown = null;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            body = null;
          }
          resolve({
            status: response.statusCode ?? 0,
            sentAt,
            answeredAt: performance.now() - started,
            body,
            replayed: response.headers['idempotent-replayed'] === 'true',
            retryAfterSeconds: Number(response.headers['retry-after'] ?? 0) || 0,
          });
        });
      },
    );
    request.once('socket', () => {
      sentAt = performance.now() - started;
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve({ status: 0, sentAt, answeredAt: performance.now() - started, body: null, replayed: false, retryAfterSeconds: 0 }));
    request.end(call.body);
  });
}

const field = (body: unknown, name: string): string | undefined => {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
};
const intentOf = (body: unknown): string | undefined => {
  const payment = body && typeof body === 'object' ? (body as Record<string, unknown>).payment : undefined;
  return field(payment, 'intentId');
};

/**
 * Sends the call; with `retryOverloaded`, a 503 is sent again after its Retry-After (as a buyer in an on-sale
 * queue does) until an other answer comes or the buyer's patience (ms from the start) runs out. Answers the
 * last answer and the 503s met before it.
 */
async function sendServed(agent: http.Agent, base: URL, call: ScriptCall, started: number, patience: number): Promise<[Answer, number]> {
  let answer = await send(agent, base, call, started);
  let overloaded = 0;
  while (call.retryOverloaded && answer.status === 503) {
    const wait = Math.max(1, answer.retryAfterSeconds) * 1000;
    if (performance.now() - started + wait > patience) break;
    overloaded += 1;
    await new Promise((resolve) => setTimeout(resolve, wait));
    answer = await send(agent, base, call, started);
  }
  return [answer, overloaded];
}

async function run(spec: ScriptSpec): Promise<ScriptResult> {
  const base = new URL(spec.baseUrl);
  const payment = new URL(spec.paymentUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.maxConnections });
  const payAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const started = performance.now();
  const answers: ScriptAnswer[] = [];
  const inFlight: Promise<void>[] = [];
  const calls = [...spec.calls].sort((a, b) => a.at - b.at);
  for (const call of calls) {
    const wait = call.at - (performance.now() - started);
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      (async () => {
        const patience = call.at + (spec.overloadPatienceSeconds ?? 60) * 1000;
        const [first, overloaded] = await sendServed(agent, base, call, started, patience);
        const answer: ScriptAnswer = {
          tag: call.tag,
          plannedAt: call.at,
          sentAt: first.sentAt,
          answeredAt: first.answeredAt,
          status: first.status,
          ...(field(first.body, 'code') ? { code: field(first.body, 'code') } : {}),
          ...(first.status === 201 && field(first.body, 'id') ? { orderId: field(first.body, 'id') } : {}),
          ...(overloaded > 0 ? { overloaded } : {}),
          ...(first.status === 503 ? { retryAfterSeconds: first.retryAfterSeconds } : {}),
        };
        if (call.retry) {
          const [again] = await sendServed(agent, base, call, started, patience);
          answer.retry = { status: again.status, replayed: again.replayed, ...(again.status === 201 && field(again.body, 'id') ? { orderId: field(again.body, 'id') } : {}) };
        }
        const intentId = first.status === 201 ? intentOf(first.body) : undefined;
        if (call.pay && intentId) {
          const paid = await send(payAgent, payment, { method: 'POST', path: `/sandbox/payment-intents/${encodeURIComponent(intentId)}/succeed`, headers: {} }, started);
          answer.paid = paid.status >= 200 && paid.status < 300;
        }
        answers.push(answer);
      })(),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  payAgent.destroy();
  return { title: spec.title, seconds: Math.round(performance.now() - started) / 1000, answers };
}

process.once('message', (spec: ScriptSpec) => {
  run(spec).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? error.stack : String(error) }, () => process.exit(1)),
  );
});
