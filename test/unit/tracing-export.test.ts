/**
 * Tracing exports over OTLP (http/protobuf or http/json) to the configured endpoint, with the configured
 * headers; with no endpoint nothing is registered and spans are no-ops.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { inSpan, startTracing, tracingEnabled } from '../../src/tracing.js';

interface Received {
  path: string;
  contentType: string;
  apiKey: string | undefined;
  body: Buffer;
}

const received: Received[] = [];
let collector: http.Server;
let endpoint: string;

beforeAll(async () => {
  collector = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', contentType: String(request.headers['content-type']), apiKey: request.headers['api-key'] as string | undefined, body: Buffer.concat(chunks) });
      response.writeHead(200, { 'content-type': String(request.headers['content-type']) }).end(String(request.headers['content-type']).includes('json') ? '{}' : undefined);
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));

describe('OTLP export', () => {
  it('registers nothing without an endpoint', async () => {
    expect(startTracing({ config: loadConfig({}).tracing })).toBeNull();
    expect(tracingEnabled()).toBe(false);
    await inSpan('nowhere', {}, async (span) => expect(span.isRecording()).toBe(false));
  });

  it.each([
    ['http/protobuf', 'application/x-protobuf'],
    ['http/json', 'application/json'],
  ])('sends the spans as %s to <endpoint>/v1/traces with the configured headers', async (protocol, contentType) => {
    const before = received.length;
    const tracing = startTracing({
      config: loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: protocol, OTEL_EXPORTER_OTLP_HEADERS: 'api-key=k%3D1', OTEL_SERVICE_NAME: 'orders-test' }).tracing,
    });
    expect(tracing).not.toBeNull();
    await inSpan('exported span', {}, async () => undefined);
    await tracing!.shutdown();
    expect(tracingEnabled()).toBe(false);

    const exports = received.slice(before);
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ path: '/v1/traces', contentType, apiKey: 'k=1' });
    expect(exports[0]!.body.toString('latin1')).toContain('exported span');
    expect(exports[0]!.body.toString('latin1')).toContain('orders-test');
  });
});
