/**
 * A Ticket or Payment service without the batch routes (the sandbox built with them off, as an older peer):
 * our clients find that out from the first batch call's 404, once per client, and serve every later batch by
 * the single calls. Counted at the peer: /internal calls it received.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceTokenSigner, ServiceName } from '../../src/http/service-token.js';
import { createPeers } from '../../src/peers/index.js';
import {
  createSandboxEvent,
  minutesFrom,
  newTenant,
  postJson,
  SERVICE_JWT_SECRET,
  startContractFixture,
  ticketTypeId,
  type ContractFixture,
} from './sandbox-fixture.js';

let fixture: ContractFixture;
beforeAll(async () => {
  fixture = await startContractFixture({ batchRoutes: false });
});
afterAll(async () => {
  await fixture.close();
});

/** Clients of their own, so that each test starts not knowing whether the peer has the batch routes. */
const freshPeers = () =>
  createPeers({
    urls: fixture.sandbox.urls,
    signer: createServiceTokenSigner(SERVICE_JWT_SECRET, ServiceName.order),
    retry: { delaysMs: [5] },
  });
const calls = (peer: 'ticket' | 'payment') => fixture.sandbox.state.faults.internalCalls[peer];

async function holds(count: number) {
  const ctx = newTenant();
  const event = await createSandboxEvent(fixture, ctx.tenantId);
  const peers = freshPeers();
  const reservations = [];
  for (let n = 0; n < count; n++) {
    reservations.push(
      await peers.tickets.reserve(
        {
          reservationId: randomUUID(),
          eventId: event.id,
          items: [{ ticketTypeId: ticketTypeId(event, 'General'), quantity: 1 }],
          expiresAt: minutesFrom(fixture.nowMs(), 15),
        },
        ctx,
      ),
    );
  }
  const available = async () => (await peers.tickets.listTicketTypes(event.id, ctx)).find((type) => type.name === 'General')?.available;
  return { ctx, ids: reservations.map((reservation) => reservation.reservationId), available };
}

describe('a peer without the batch routes', () => {
  it('is served by the single release per hold, found out once: later batches make no batch call', async () => {
    const { ctx, ids, available } = await holds(4);
    const [first, second, third, committed] = ids as [string, string, string, string];
    const setup = freshPeers();
    await setup.tickets.commit(committed, { orderId: randomUUID(), ownerUserId: 'u' }, ctx);
    expect(await available()).toBe(6);
    const peers = freshPeers();

    let before = calls('ticket');
    const outcomes = await peers.tickets.releaseMany([first, committed], ctx);
    // The batch call (404), then one DELETE per hold.
    expect(calls('ticket') - before).toBe(3);
    expect(outcomes.get(first)).toEqual({ outcome: 'released' });
    expect(outcomes.get(committed)).toEqual({ outcome: 'committed' });

    before = calls('ticket');
    const later = await peers.tickets.releaseMany([second, third], ctx);
    expect(calls('ticket') - before).toBe(2);
    expect(Object.fromEntries(later)).toEqual({ [second]: { outcome: 'released' }, [third]: { outcome: 'released' } });
    expect(await available()).toBe(9);
    // A 404 is the peer answering, not failing: the breaker stays closed.
    expect(peers.breakerStates().ticket).toBe('closed');
  });

  it('is served by the single cancel per intent, found out once: succeeded and unknown intents as the batch would answer them', async () => {
    const ctx = newTenant();
    const setup = freshPeers();
    const [open, paid, later] = await Promise.all(
      [1, 2, 3].map(() => setup.payments.createIntent({ orderId: randomUUID(), amount: 1000, currency: 'USD' }, randomUUID(), ctx)),
    );
    if (!open || !paid || !later) throw new Error('expected three intents');
    expect((await postJson(`${fixture.sandbox.urls.payment}/sandbox/payment-intents/${paid.id}/succeed`)).status).toBe(200);
    const never = randomUUID();
    const peers = freshPeers();

    let before = calls('payment');
    const outcomes = await peers.payments.cancelIntents([open.id, paid.id, never], ctx);
    expect(calls('payment') - before).toBe(4);
    expect(Object.fromEntries(outcomes)).toEqual({
      [open.id]: { outcome: 'cancelled' },
      [paid.id]: { outcome: 'succeeded' },
      [never]: { outcome: 'unknown' },
    });

    before = calls('payment');
    expect(Object.fromEntries(await peers.payments.cancelIntents([later.id], ctx))).toEqual({ [later.id]: { outcome: 'cancelled' } });
    expect(calls('payment') - before).toBe(1);
  });

  it('is asked once even by batches that start together: the others wait for the first answer', async () => {
    const { ctx, ids } = await holds(4);
    const peers = freshPeers();
    const before = calls('ticket');
    const answers = await Promise.all([peers.tickets.releaseMany(ids.slice(0, 2), ctx), peers.tickets.releaseMany(ids.slice(2), ctx)]);
    // One batch call (404) and four DELETEs.
    expect(calls('ticket') - before).toBe(5);
    expect(answers.flatMap((outcomes) => [...outcomes.values()])).toEqual(Array(4).fill({ outcome: 'released' }));
  });
});
