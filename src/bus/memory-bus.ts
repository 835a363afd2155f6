/**
 * The in-process bus of the embedded default: same semantics as the RabbitMQ adapter (routing by type,
 * at-least-once delivery to the one consumer, retries with backoff, dead letters after 5 attempts), so
 * the code above it runs the same path in both modes.
 */
import type { CloudEvent } from './cloud-event.js';
import {
  CONSUMED_TYPES,
  MAX_DELIVERY_ATTEMPTS,
  PoisonMessage,
  retryDelayMs,
  type MessageBus,
  type MessageHandler,
} from './message-bus.js';

export interface MemoryBus extends MessageBus {
  /** Messages that failed every attempt (the dead-letter queue). */
  readonly deadLetters: CloudEvent<unknown>[];
  /** Everything published, in order (for inspection in development). */
  readonly published: CloudEvent<unknown>[];
}

export function createMemoryBus(options: { retainPublished?: number } = {}): MemoryBus {
  const retain = options.retainPublished ?? 1000;
  const consumed = new Set<string>(CONSUMED_TYPES);
  const deadLetters: CloudEvent<unknown>[] = [];
  const published: CloudEvent<unknown>[] = [];
  let handler: MessageHandler | null = null;
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();

  const deliver = (event: CloudEvent<unknown>, attempt: number): void => {
    const current = handler;
    if (!current) return;
    const run = (async () => {
      try {
        await current({ event: event as CloudEvent<Record<string, unknown>>, attempt });
      } catch (error) {
        if (error instanceof PoisonMessage || attempt >= MAX_DELIVERY_ATTEMPTS) {
          deadLetters.push(event);
          return;
        }
        const timer = setTimeout(() => {
          timers.delete(timer);
          deliver(event, attempt + 1);
        }, retryDelayMs(attempt));
        timers.add(timer);
      }
    })();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  };

  return {
    kind: 'memory',
    deadLetters,
    published,
    async publish(events) {
      for (const event of events) {
        published.push(event);
        if (published.length > retain) published.shift();
        if (consumed.has(event.type)) setImmediate(() => deliver(event, 1));
      }
    },
    async consume(next) {
      handler = next;
    },
    async stopConsuming() {
      handler = null;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...inFlight]);
    },
    async ping() {},
    async close() {
      await this.stopConsuming();
    },
  };
}
