/**
 * Tokens already verified, kept until they expire: a client sends the same bearer token on every request, and
 * checking its signature again costs more CPU than the rest of a cached read (docs/benchmarks.md). The key is
 * the whole token, signature included, so a hit is a token that was verified byte for byte; expiry is checked
 * again on every hit. Bounded: past `capacity`, the oldest entry leaves.
 */
export class VerifiedTokenCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAtMs: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.value;
  }

  /** Remembers a verified token; `expSeconds` is its `exp` claim. */
  set(token: string, value: T, expSeconds: number): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { value, expiresAtMs: expSeconds * 1000 });
  }
}
