/**
 * Calls about many ids (releasing holds, cancelling intents): one request per BATCH_MAX_IDS ids where the peer
 * has the batch route, else the single call per id at bounded concurrency. Whether the peer has the route is
 * found out once per client: the first answer of 404 or 405 to a batch call settles it for the client's life,
 * and no batch call is made after it. While the first batch call is under way, other calls wait for its
 * answer rather than ask as well.
 */
import { forEachLimited } from '../concurrency.js';
import { BATCH_MAX_IDS, type BatchOutcomes, type PeerCallContext } from './contract.js';
import { PeerHttpError } from './resilient-http.js';

/** Single calls at once when a peer has no batch route (as many as the expiry job used to make). */
export const SINGLE_CALL_CONCURRENCY = 32;
/** Batch calls at once when the ids make more than one. */
const BATCH_CONCURRENCY = 4;

export interface BatchRoute<Outcome extends string> {
  /** The batch call for at most BATCH_MAX_IDS ids: the peer's outcome per id it answered for. */
  batch(ids: string[], ctx: PeerCallContext): Promise<{ id: string; outcome: Outcome }[]>;
  /** The single call for one id; throws what the peer's refusal or failure was. */
  single(id: string, ctx: PeerCallContext): Promise<Outcome>;
}

/** A peer without the batch route answers it as an unknown route (404) or a method it does not take (405). */
const noBatchRoute = (error: unknown) => error instanceof PeerHttpError && (error.status === 404 || error.status === 405);

export function batchWithFallback<Outcome extends string>(
  route: BatchRoute<Outcome>,
): (ids: readonly string[], ctx: PeerCallContext) => Promise<BatchOutcomes<Outcome>> {
  let support: 'unknown' | 'batch' | 'single' = 'unknown';
  /** Settles when the batch call that is finding out has its answer; null when none is under way. */
  let probing: Promise<void> | null = null;

  async function singly(ids: readonly string[], ctx: PeerCallContext, outcomes: BatchOutcomes<Outcome>): Promise<void> {
    await forEachLimited(ids, SINGLE_CALL_CONCURRENCY, async (id) => {
      try {
        outcomes.set(id, { outcome: await route.single(id, ctx) });
      } catch (error) {
        outcomes.set(id, { error });
      }
    });
  }

  /** Answers false when the peer has no batch route (nothing was recorded then). */
  async function batched(ids: string[], ctx: PeerCallContext, outcomes: BatchOutcomes<Outcome>): Promise<boolean> {
    try {
      const answered = await route.batch(ids, ctx);
      support = 'batch';
      for (const { id, outcome } of answered) outcomes.set(id, { outcome });
      for (const id of ids) {
        if (!outcomes.has(id)) outcomes.set(id, { error: new Error(`the peer's batch answer has no outcome for ${id}`) });
      }
      return true;
    } catch (error) {
      if (noBatchRoute(error)) {
        support = 'single';
        return false;
      }
      for (const id of ids) outcomes.set(id, { error });
      return true;
    }
  }

  async function chunk(ids: string[], ctx: PeerCallContext, outcomes: BatchOutcomes<Outcome>): Promise<void> {
    if (support === 'unknown') {
      if (probing) {
        await probing;
        return chunk(ids, ctx, outcomes);
      }
      let settle = () => {};
      probing = new Promise<void>((resolve) => (settle = resolve));
      try {
        if (await batched(ids, ctx, outcomes)) return;
      } finally {
        probing = null;
        settle();
      }
    } else if (support === 'batch' && (await batched(ids, ctx, outcomes))) {
      return;
    }
    await singly(ids, ctx, outcomes);
  }

  return async (ids, ctx) => {
    const outcomes: BatchOutcomes<Outcome> = new Map();
    const distinct = [...new Set(ids)];
    const chunks: string[][] = [];
    for (let start = 0; start < distinct.length; start += BATCH_MAX_IDS) chunks.push(distinct.slice(start, start + BATCH_MAX_IDS));
    await forEachLimited(chunks, BATCH_CONCURRENCY, (ids) => chunk(ids, ctx, outcomes));
    return outcomes;
  };
}
