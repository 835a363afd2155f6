/** The faults a test or a person switches on at a sandbox peer (fail, slow), and the /internal calls each peer received. */
import type { FaultRequest } from '../src/peers/contract.js';

export type SandboxPeer = 'ticket' | 'event' | 'payment';

export interface FaultState {
  mode: 'fail' | 'slow' | 'off';
  /** Calls still affected; undefined = until turned off. */
  remaining: number | undefined;
  delayMs: number;
}

/** Without a delayMs, a slow peer outlasts the order service's 5 s call timeout (SPEC §11). */
export const DEFAULT_SLOW_DELAY_MS = 6000;
export class SandboxFaults {
  readonly faults: Record<SandboxPeer, FaultState> = {
    ticket: { mode: 'off', remaining: undefined, delayMs: 0 },
    event: { mode: 'off', remaining: undefined, delayMs: 0 },
    payment: { mode: 'off', remaining: undefined, delayMs: 0 },
  };
  /** /internal calls each peer received (faulted ones included): lets tests see what reached the network. */
  readonly internalCalls: Record<SandboxPeer, number> = { ticket: 0, event: 0, payment: 0 };

  setFault(peer: SandboxPeer, request: FaultRequest): FaultState {
    const fault: FaultState =
      request.mode === 'off'
        ? { mode: 'off', remaining: undefined, delayMs: 0 }
        : { mode: request.mode, remaining: request.count, delayMs: request.delayMs ?? DEFAULT_SLOW_DELAY_MS };
    this.faults[peer] = fault;
    return { ...fault };
  }

  /** Counts one /internal call and says which fault, if any, applies to it. */
  takeFault(peer: SandboxPeer): { mode: 'fail' } | { mode: 'slow'; delayMs: number } | undefined {
    this.internalCalls[peer] += 1;
    const fault = this.faults[peer];
    if (fault.mode === 'off') return undefined;
    if (fault.remaining !== undefined) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults[peer] = { mode: 'off', remaining: undefined, delayMs: 0 };
    }
    return fault.mode === 'fail' ? { mode: 'fail' } : { mode: 'slow', delayMs: fault.delayMs };
  }
}
