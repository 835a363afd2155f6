/** The dashboard's figures for the tenant's staff: the period is checked here, the counting is the repository's SQL. */
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { ValidationFailed } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import type { DailyFigures, StatsPeriod } from './model.js';
import { dailyFigures } from './repository.js';

/** At most about a year of days in one answer. */
export const MAX_STATS_DAYS = 366;
/** Without `from`, the period is the last 30 days up to `to`. */
const DEFAULT_DAYS = 30;
const DAY_MS = 86_400_000;

export interface StatsDependencies {
  db: Database;
  clock: Clock;
}

export interface StatsQuery {
  from?: string;
  to?: string;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Day number of a YYYY-MM-DD string, or null when it names no real calendar day (2026-02-30). */
function dayNumber(day: string): number | null {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) || utcDay(new Date(time)) !== day ? null : time / DAY_MS;
}

export function statsPeriod(query: StatsQuery, now: Date): StatsPeriod {
  const to = query.to ?? utcDay(now);
  const toDay = dayNumber(to);
  if (toDay === null) throw new ValidationFailed('to is not a calendar day', [{ field: 'to', message: 'must be a day YYYY-MM-DD' }]);
  const from = query.from ?? utcDay(new Date((toDay - DEFAULT_DAYS + 1) * DAY_MS));
  const fromDay = dayNumber(from);
  if (fromDay === null) throw new ValidationFailed('from is not a calendar day', [{ field: 'from', message: 'must be a day YYYY-MM-DD' }]);
  if (fromDay > toDay) throw new ValidationFailed('from is after to', [{ field: 'from', message: 'must not be after to' }]);
  if (toDay - fromDay + 1 > MAX_STATS_DAYS) {
    throw new ValidationFailed(`The period spans more than ${MAX_STATS_DAYS} days`, [{ field: 'from', message: `at most ${MAX_STATS_DAYS} days before to` }]);
  }
  return { from, to };
}

export class StatsService {
  constructor(private readonly deps: StatsDependencies) {}

  async daily(principal: Principal, query: StatsQuery): Promise<{ period: StatsPeriod; days: DailyFigures[] }> {
    const period = statsPeriod(query, this.deps.clock.now());
    const days = await this.deps.db.tenant(principal.tenantId, (tx) => dailyFigures(tx, period));
    return { period, days };
  }
}
