/**
 * Alerting the team about disputes over HTTP: a JSON POST to ALERT_WEBHOOK_URL, sent after the change
 * committed and never awaited by the webhook answer. A failed delivery is retried with exponential backoff
 * and jitter (5 tries, 200 ms → 1.6 s between them by default); an alert that still fails is logged at error.
 * The durable alert channel is the order.dispute.* message written to the outbox in the same transaction;
 * this one is best effort (an instance that dies mid-retry loses it), see docs/disputes.md.
 *
 * The URL is never logged whole: chat webhooks carry their secret in the path.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';

export type DisputeAlertType = 'DISPUTE_OPENED' | 'DISPUTE_CLOSED' | 'DOUBLE_LOSS_RISK' | 'DISPUTE_UNMATCHED';

export interface DisputeAlert {
  /** Unique per alert; also sent as Idempotency-Key so the receiver can drop our retries. */
  id: string;
  type: DisputeAlertType;
  severity: 'warning' | 'critical';
  summary: string;
  tenantId: string | null;
  orderId: string | null;
  orderNumber: string | null;
  dispute: {
    id: string;
    paymentDisputeId: string;
    paymentIntentId: string;
    status: string;
    amount: number;
    lostAmount: number;
    currency: string;
    reason: string;
    evidenceDueBy: string | null;
  };
  refundedAmount?: number;
  occurredAt: string;
}

export interface AlertSenderOptions {
  /** No URL: alerts go to the log only. */
  url: string | undefined;
  log: FastifyBaseLogger;
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
}

export const ALERT_RETRY_DEFAULTS = { attempts: 5, baseDelayMs: 200, maxDelayMs: 3200, timeoutMs: 3000 } as const;

/** The wait before retry number `retry` (1-based): base·2^(retry-1), capped, ±20 % jitter. */
export function alertBackoffMs(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const plain = Math.min(baseDelayMs * 2 ** (retry - 1), maxDelayMs);
  return Math.round(plain * (0.8 + 0.4 * random()));
}

function safeTarget(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid-url';
  }
}

export class AlertSender {
  private readonly pending = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  private readonly settings: Required<Omit<AlertSenderOptions, 'url' | 'log'>>;

  constructor(private readonly options: AlertSenderOptions) {
    this.settings = {
      attempts: options.attempts ?? ALERT_RETRY_DEFAULTS.attempts,
      baseDelayMs: options.baseDelayMs ?? ALERT_RETRY_DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? ALERT_RETRY_DEFAULTS.maxDelayMs,
      timeoutMs: options.timeoutMs ?? ALERT_RETRY_DEFAULTS.timeoutMs,
    };
  }

  /** Starts delivering `alert` in the background; never throws, never waits. */
  send(alert: DisputeAlert): void {
    const url = this.options.url;
    if (!url || this.shutdown.signal.aborted) return;
    const delivery = this.deliver(url, alert).finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  /** Deliveries still running (tests and shutdown). */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Lets running deliveries finish until `deadlineMs` from now, then abandons them (each is logged). */
  async close(deadlineMs = 2000): Promise<void> {
    if (this.pending.size > 0) {
      const timer = sleep(deadlineMs, undefined, { ref: false });
      await Promise.race([Promise.allSettled([...this.pending]), timer]);
    }
    this.shutdown.abort();
    await Promise.allSettled([...this.pending]);
  }

  private async deliver(url: string, alert: DisputeAlert): Promise<void> {
    const { attempts, baseDelayMs, maxDelayMs, timeoutMs } = this.settings;
    const body = JSON.stringify(alert);
    let lastProblem = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (attempt > 1) {
        try {
          await sleep(alertBackoffMs(attempt - 1, baseDelayMs, maxDelayMs), undefined, { signal: this.shutdown.signal });
        } catch {
          lastProblem = 'shutting down';
          break;
        }
      }
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': alert.id },
          body,
          signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), this.shutdown.signal]),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          if (attempt > 1) this.options.log.info({ alertId: alert.id, alertType: alert.type, attempt }, 'dispute alert delivered after retries');
          return;
        }
        lastProblem = `HTTP ${response.status}`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.name : 'request failed';
      }
      this.options.log.warn({ alertId: alert.id, alertType: alert.type, attempt, problem: lastProblem }, 'dispute alert delivery failed');
    }
    this.options.log.error(
      {
        alertId: alert.id,
        alertType: alert.type,
        target: safeTarget(url),
        problem: lastProblem,
        tenantId: alert.tenantId,
        orderId: alert.orderId,
        paymentDisputeId: alert.dispute.paymentDisputeId,
      },
      'dispute alert could not be delivered',
    );
  }
}
