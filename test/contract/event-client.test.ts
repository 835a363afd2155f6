import { randomUUID } from 'node:crypto';
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeerEvent } from '../../src/peers/contract.js';
import { createSandboxEvent, newTenant, postJson, startContractFixture, type ContractFixture } from './sandbox-fixture.js';

let fixture: ContractFixture;
beforeAll(async () => {
  fixture = await startContractFixture();
});
afterAll(async () => {
  await fixture.close();
});

async function patchEvent(eventId: string, changes: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${fixture.sandbox.urls.event}/sandbox/events/${eventId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(changes),
  });
  await response.text();
  return response.status;
}

describe('EventClient against the Event sandbox', () => {
  it('reads an event per the contract', async () => {
    const ctx = newTenant();
    const created = await createSandboxEvent(fixture, ctx.tenantId, { name: 'Night at the Museum' });
    const event = await fixture.peers.events.getEvent(created.id, ctx);
    expect(Value.Check(PeerEvent, event)).toBe(true);
    expect(event).toMatchObject({
      id: created.id,
      tenantId: ctx.tenantId,
      name: 'Night at the Museum',
      status: 'SCHEDULED',
      currency: 'USD',
      startsAt: created.startsAt,
      endsAt: null,
      salesStartAt: null,
      salesEndAt: null,
      venue: { name: 'Test Hall', country: 'US', region: 'NY', city: 'New York', postalCode: '10001' },
    });
  });

  it("answers null for an unknown event and for another tenant's event", async () => {
    const owner = newTenant();
    const created = await createSandboxEvent(fixture, owner.tenantId);
    expect(await fixture.peers.events.getEvent(randomUUID(), owner)).toBeNull();
    expect(await fixture.peers.events.getEvent(created.id, newTenant())).toBeNull();
  });

  it('shows changes made through the sandbox controls', async () => {
    const ctx = newTenant();
    const created = await createSandboxEvent(fixture, ctx.tenantId);
    const postponedTo = new Date(fixture.nowMs() + 60 * 24 * 3600 * 1000).toISOString();
    expect(await patchEvent(created.id, { startsAt: postponedTo, status: 'POSTPONED' })).toBe(200);
    expect(await fixture.peers.events.getEvent(created.id, ctx)).toMatchObject({ startsAt: postponedTo, status: 'POSTPONED' });
  });

  it('cancels an event and publishes event.cancelled', async () => {
    const ctx = newTenant();
    const created = await createSandboxEvent(fixture, ctx.tenantId);
    const { status, body } = await postJson(`${fixture.sandbox.urls.event}/sandbox/events/${created.id}/cancel`, { reason: 'storm' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ event: { id: created.id, status: 'CANCELLED' }, published: { delivered: true } });
    expect((await fixture.peers.events.getEvent(created.id, ctx))?.status).toBe('CANCELLED');
    expect(fixture.published).toContainEqual(
      expect.objectContaining({ type: 'event.cancelled', tenantId: ctx.tenantId, data: { eventId: created.id, reason: 'storm' } }),
    );
  });

  it('refuses an invalid sandbox event with 400 VALIDATION_FAILED', async () => {
    const { status, body } = await postJson(`${fixture.sandbox.urls.event}/sandbox/events`, { tenantId: 'not-a-uuid', name: '' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
