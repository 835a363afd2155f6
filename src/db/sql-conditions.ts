/**
 * Builds the WHERE clause of a filtered list query with numbered parameters: every value is a parameter,
 * only the fixed SQL fragments given by the caller are text.
 */
import type { KeysetPosition } from '../http/pagination.js';

export class SqlConditions {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  /** A parameter placeholder for `value` ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds `fragment($n)` for `value`, unless the value is undefined (an absent filter). */
  when(value: unknown, fragment: (placeholder: string) => string): this {
    if (value !== undefined) this.parts.push(fragment(this.param(value)));
    return this;
  }

  /** A condition without a value (e.g. a join condition). */
  always(fragment: string): this {
    this.parts.push(fragment);
    return this;
  }

  /**
   * Keyset pagination, newest first: rows strictly after `position` in (created_at, id) DESC order, or in
   * (`timeColumn`, id) order for a table that is paged by another time.
   */
  after(position: KeysetPosition | undefined, table?: string, timeColumn = 'created_at'): this {
    const column = (name: string) => (table ? `${table}.${name}` : name);
    if (position) {
      this.parts.push(`(${column(timeColumn)}, ${column('id')}) < (${this.param(position.createdAt)}, ${this.param(position.id)})`);
    }
    return this;
  }

  where(): string {
    return this.parts.length > 0 ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}
