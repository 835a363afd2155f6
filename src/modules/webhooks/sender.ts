/**
 * One webhook attempt over HTTP: POST the signed body, wait at most the timeout for the whole answer, never
 * follow a redirect (a 3xx is a failed attempt), and connect only to allowed addresses (address-policy.ts).
 */
import http from 'node:http';
import https from 'node:https';
import type { AttemptOutcome } from '../../core/webhooks.js';
import { outcomeOfStatus } from '../../core/webhooks.js';
import { isAddressLiteral } from '../../core/network-address.js';
import { AddressRefused, addressProblem, guardedLookup, hostOf, urlProblem, type HostResolver } from './address-policy.js';

export interface AttemptResult {
  outcome: AttemptOutcome;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/** Bytes of the receiver's answer read at most; the rest is dropped (only the status matters). */
const MAX_ANSWER_BYTES = 64 * 1024;

export async function sendWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivate: boolean; signal?: AbortSignal; resolve?: HostResolver },
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refused = (error: string): AttemptResult => ({ outcome: 'refused', statusCode: null, durationMs: elapsed(), error });

  const problem = urlProblem(rawUrl, options.allowPrivate);
  if (problem !== undefined) return refused(`the URL ${problem.message}`);
  const url = new URL(rawUrl);
  const host = hostOf(url);
  if (isAddressLiteral(host)) {
    const addressRefusal = addressProblem(host, options.allowPrivate);
    if (addressRefusal !== undefined) return refused(addressRefusal);
  }

  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = transport.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'order-service-webhooks/1' },
      lookup: guardedLookup(options.allowPrivate, options.resolve),
      agent: false,
    });
    const timer = setTimeout(() => {
      finish({ outcome: 'timeout', statusCode: null, durationMs: elapsed(), error: `no answer within ${options.timeoutMs} ms` });
      request.destroy();
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', () => {
      finish({ outcome: 'error', statusCode: null, durationMs: elapsed(), error: 'stopped' });
      request.destroy();
    });
    request.on('response', (response) => {
      const statusCode = response.statusCode ?? 0;
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) response.destroy();
      });
      const done = () => finish({ outcome: outcomeOfStatus(statusCode), statusCode, durationMs: elapsed(), error: statusCode >= 200 && statusCode < 300 ? null : `answered ${statusCode}` });
      response.on('end', done);
      response.on('close', done);
      response.on('error', done);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof AddressRefused) finish(refused(error.message));
      else finish({ outcome: 'error', statusCode: null, durationMs: elapsed(), error: error.code ?? error.message });
    });
    request.end(body);
  });
}
