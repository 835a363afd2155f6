/**
 * What every checkout reads and staff rarely change — the tenant's settings, the tax jurisdictions of a
 * country with their rates — kept in this instance's memory for a few seconds (REFERENCE_CACHE_SECONDS;
 * docs/decisions.md, "Reference data cached per instance"). Entries are per tenant: each is read inside a
 * transaction of its tenant (row-level security), and its key starts with the tenant.
 *
 * A change drops the tenant's entries at once in the instance that made it (`changed`, after the commit),
 * and in the other instances through a note on the shared store's channel (Redis pub/sub); a note that does
 * not arrive (Redis away) is made up for by the time limit, and every (re)subscription drops everything.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { KeyValueStore } from './key-value.js';

/** The channel the notes go through; a note is the id of the tenant whose reference data changed. */
export const REFERENCE_CHANGED_CHANNEL = 'reference-changed';

/** Entries kept at most; the oldest goes first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  value: unknown;
  expiresAt: number;
}

export interface ReferenceCacheOptions {
  /** 0: nothing is kept, every read goes to the database. */
  ttlMs: number;
  kv: KeyValueStore;
  log: FastifyBaseLogger;
  now?: () => number;
}

export class ReferenceCache {
  private readonly entries = new Map<string, Entry>();
  /**
   * Bumped by every change of a tenant (and `all` by every gap): a value read before a change must not be kept
   * after it, or an instance would hold it for a whole TTL after being told it changed.
   */
  private readonly generations = new Map<string, number>();
  private all = 0;
  private readonly now: () => number;

  constructor(private readonly options: ReferenceCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /** Listens to the other instances' notes (when the cache is on); answers once subscribed or tried. */
  async listen(): Promise<void> {
    if (!this.enabled) return;
    await this.options.kv.subscribe(REFERENCE_CHANGED_CHANNEL, {
      onMessage: (tenantId) => this.forgetTenant(tenantId),
      onGap: () => this.forgetAll(),
    });
  }

  /**
   * The tenant's value under `key`: from memory while it is fresh, else from `load` (which reads it in a
   * transaction of that tenant). The value is shared by every caller until it goes: callers only read it.
   */
  async read<T>(tenantId: string, key: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    const entryKey = `${tenantId}\u0000${key}`;
    const started = this.now();
    const entry = this.entries.get(entryKey);
    if (entry && entry.expiresAt > started) return entry.value as T;
    const generation = this.generationOf(tenantId);
    const value = await load();
    this.entries.delete(entryKey);
    if (generation === this.generationOf(tenantId)) {
      if (this.entries.size >= MAX_ENTRIES) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(entryKey, { value, expiresAt: started + this.options.ttlMs });
    }
    return value;
  }

  /**
   * After the commit of a change to the tenant's reference data: the tenant's entries go here at once, and the
   * other instances are told. The note is best effort (the change is committed whatever becomes of it).
   */
  changed(tenantId: string): void {
    this.forgetTenant(tenantId);
    this.options.kv.publish(REFERENCE_CHANGED_CHANNEL, tenantId).catch((error: unknown) => {
      this.options.log.warn({ err: error, tenantId }, 'could not tell the other instances that reference data changed; they see it within REFERENCE_CACHE_SECONDS');
    });
  }

  private generationOf(tenantId: string): string {
    return `${this.all}:${this.generations.get(tenantId) ?? 0}`;
  }

  private forgetTenant(tenantId: string): void {
    this.generations.set(tenantId, (this.generations.get(tenantId) ?? 0) + 1);
    const prefix = `${tenantId}\u0000`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  private forgetAll(): void {
    this.all += 1;
    this.entries.clear();
  }
}
