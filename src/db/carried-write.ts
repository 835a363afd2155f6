/**
 * A write that another statement of the same transaction carries as a data-modifying CTE (`WITH name AS
 * (UPDATE ...)`): one round trip fewer than a statement of its own, with the same effect. PostgreSQL runs a
 * data-modifying CTE exactly once and to completion whether or not the carrying statement reads it, and in
 * the carrying statement's snapshot; so a carried write must not depend on the carrier's own changes, and the
 * carrier must not read the carried write's table.
 */
export interface CarriedWrite {
  /** The statement, its parameters numbered from `$first` on. */
  sql(first: number): string;
  params: readonly unknown[];
}

/**
 * Adds `write` to a statement being built: appends its parameters to `params` and answers the CTE entry
 * (`name AS (...)`) to put in the statement's WITH list.
 */
export function carriedCte(name: string, write: CarriedWrite, params: unknown[]): string {
  const first = params.length + 1;
  params.push(...write.params);
  return `${name} AS (${write.sql(first)})`;
}
