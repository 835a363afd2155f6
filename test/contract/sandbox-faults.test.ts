import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamUnavailable } from '../../src/errors.js';
import { createServiceTokenSigner } from '../../src/http/service-token.js';
import { ServiceName } from '../../src/http/service-token.js';
import { createPeers } from '../../src/peers/index.js';
import { SERVICE_JWT_SECRET, newTenant, postJson, startContractFixture, type ContractFixture } from './sandbox-fixture.js';

let fixture: ContractFixture;
beforeAll(async () => {
  fixture = await startContractFixture();
});
afterAll(async () => {
  await fixture.close();
});
afterEach(async () => {
  for (const url of Object.values(fixture.sandbox.urls)) await postJson(`${url}/sandbox/faults`, { mode: 'off' });
});

describe('sandbox faults seen through our clients', () => {
  it('a peer failing twice is ridden out by the retries of an idempotent call', async () => {
    expect((await postJson(`${fixture.sandbox.urls.event}/sandbox/faults`, { mode: 'fail', count: 2 })).status).toBe(200);
    const before = fixture.sandbox.state.faults.internalCalls.event;
    expect(await fixture.peers.events.getEvent(randomUUID(), newTenant())).toBeNull();
    expect(fixture.sandbox.state.faults.internalCalls.event - before).toBe(3);
    expect(fixture.sandbox.state.faults.faults.event.mode).toBe('off');
  });

  it('a peer failing until turned off ends in UpstreamUnavailable after three tries', async () => {
    await postJson(`${fixture.sandbox.urls.payment}/sandbox/faults`, { mode: 'fail' });
    const before = fixture.sandbox.state.faults.internalCalls.payment;
    const error = await fixture.peers.payments.cancelIntent(randomUUID(), newTenant()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', peer: 'payment', headers: { 'retry-after': '5' } });
    expect(fixture.sandbox.state.faults.internalCalls.payment - before).toBe(3);
  });

  it('a batch call that fails as a whole gives its error to every id it named; the next batch is a batch call again', async () => {
    await postJson(`${fixture.sandbox.urls.payment}/sandbox/faults`, { mode: 'fail', count: 3 });
    const ctx = newTenant();
    const ids = [randomUUID(), randomUUID()];
    let before = fixture.sandbox.state.faults.internalCalls.payment;
    const outcomes = await fixture.peers.payments.cancelIntents(ids, ctx);
    expect(fixture.sandbox.state.faults.internalCalls.payment - before).toBe(3);
    for (const id of ids) expect(outcomes.get(id)).toEqual({ error: expect.any(UpstreamUnavailable) });

    before = fixture.sandbox.state.faults.internalCalls.payment;
    const later = await fixture.peers.payments.cancelIntents(ids, ctx);
    expect(fixture.sandbox.state.faults.internalCalls.payment - before).toBe(1);
    expect([...later.values()]).toEqual([{ outcome: 'unknown' }, { outcome: 'unknown' }]);
  });

  it('a slow peer beyond the call timeout is UpstreamUnavailable', async () => {
    await postJson(`${fixture.sandbox.urls.ticket}/sandbox/faults`, { mode: 'slow', delayMs: 300 });
    const impatient = createPeers({
      urls: fixture.sandbox.urls,
      signer: createServiceTokenSigner(SERVICE_JWT_SECRET, ServiceName.order),
      timeoutMs: 50,
      retry: { tries: 1 },
    });
    const error = await impatient.tickets.listTicketTypes(randomUUID(), newTenant()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect((error as UpstreamUnavailable).message).toContain('did not answer within 50 ms');
  });

  it('reports the fault switch and the calls served', async () => {
    const set = await postJson(`${fixture.sandbox.urls.ticket}/sandbox/faults`, { mode: 'slow', count: 3, delayMs: 10 });
    expect(set.body).toEqual({ mode: 'slow', remaining: 3, delayMs: 10 });
    const response = await fetch(`${fixture.sandbox.urls.ticket}/sandbox/faults`);
    expect(await response.json()).toMatchObject({ mode: 'slow', remaining: 3, delayMs: 10, internalCalls: expect.any(Number) });
    expect((await postJson(`${fixture.sandbox.urls.ticket}/sandbox/faults`, { mode: 'broken' })).status).toBe(400);
  });
});
