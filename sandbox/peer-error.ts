/** A refusal a real peer would answer with (the sandbox peers' errors). */
/** HTTP status plus a stable code (the body is `{code, detail}`). */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'SandboxError';
  }
}

export const notFound = (what: string) => new SandboxError(404, 'NOT_FOUND', `${what} not found`);

export const iso = (ms: number) => new Date(ms).toISOString();
