/** Tax of lines at a location or an event's venue, and the report of tax collected (SPEC §7). */
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { sum } from '../../core/money.js';
import { calculateTax, calendarDateOf, lineTotals, netTaxReport, taxByJurisdiction, type TaxLocation } from '../../core/tax.js';
import { NotFound, ValidationFailed, type FieldError } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import type { Peers } from '../../peers/contract.js';
import { readTenantSettings } from '../tenant-settings/index.js';
import type { CalculationRequest, TaxCalculation, TaxReport, TaxReportPeriod } from './model.js';
import { planTax, venueLocation } from './plan.js';
import { taxCollectedByChanges, taxCollectedByConfirmedOrders, taxReturnedByChanges, taxReturnedByRefunds } from './repository.js';

export class TaxCalculations {
  constructor(private readonly deps: { db: Database; peers: Peers; clock: Clock }) {}

  async calculate(principal: Principal, body: CalculationRequest): Promise<TaxCalculation> {
    checkLineIds(body.lines.map((line) => line.id));
    const { location, eventId } = await this.locationToTax(principal, body);
    const date = body.date ?? calendarDateOf(this.deps.clock.now());
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const settings = await readTenantSettings(tx, principal.tenantId);
      const plan = await planTax(tx, {
        location,
        date,
        fallback: settings.tax.fallback,
        ...(body.exemptionId !== undefined ? { exemption: { id: body.exemptionId } } : {}),
      });
      const priceMode = body.priceMode ?? settings.tax.priceMode;
      const results = calculateTax({ lines: body.lines, priceMode, jurisdictions: plan.rates, exemptJurisdictions: plan.exemptJurisdictions });
      const lines = body.lines.map((line) => ({
        id: line.id,
        category: line.category,
        quantity: line.quantity,
        amount: line.amount,
        totals: lineTotals(line, results, priceMode),
        taxes: results.filter((result) => result.lineId === line.id),
      }));
      const totals = {
        net: sum(lines.map((line) => line.totals.net)),
        tax: sum(lines.map((line) => line.totals.tax)),
        gross: sum(lines.map((line) => line.totals.gross)),
      };
      return {
        currency: body.currency,
        priceMode,
        date,
        location,
        eventId,
        jurisdictions: plan.jurisdictions,
        exemption: plan.exemption,
        lines,
        taxByJurisdiction: taxByJurisdiction(plan.rates, results),
        totals,
      };
    });
  }

  /** The location of the body, or the venue of its event (asked of the Event service before any transaction). */
  private async locationToTax(principal: Principal, body: CalculationRequest): Promise<{ location: TaxLocation; eventId: string | null }> {
    const { location, eventId } = body;
    if (location !== undefined && eventId === undefined) return { location, eventId: null };
    if (eventId === undefined || location !== undefined) {
      throw new ValidationFailed('Give either a location or an eventId', [{ field: 'body', message: 'must have exactly one of location and eventId' }]);
    }
    const event = await this.deps.peers.events.getEvent(eventId, { tenantId: principal.tenantId });
    if (!event || event.tenantId !== principal.tenantId) throw new NotFound(`Event ${eventId} not found`);
    if (event.currency !== body.currency) {
      throw new ValidationFailed(`The event is sold in ${event.currency}`, [{ field: 'body.currency', message: `must be ${event.currency}, the event's currency` }]);
    }
    return { location: venueLocation(event.venue), eventId };
  }

  async report(principal: Principal, query: TaxReportPeriod): Promise<TaxReport> {
    const from = dayOrInstant(query.from);
    const to = dayOrInstant(query.to);
    if (from.getTime() >= to.getTime()) {
      throw new ValidationFailed('The period is empty', [{ field: 'querystring.to', message: 'must be after from' }]);
    }
    const period = { from, to, currency: query.currency ?? null };
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      // Order changes (SPEC §13): their added tax counts when applied, their credited tax comes off like a refund's.
      const collected = [...(await taxCollectedByConfirmedOrders(tx, period)), ...(await taxCollectedByChanges(tx, period))];
      const returned = [...(await taxReturnedByRefunds(tx, period)), ...(await taxReturnedByChanges(tx, period))];
      return { ...period, rows: netTaxReport(collected, returned) };
    });
  }
}

function checkLineIds(ids: readonly string[]): void {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) errors.push({ field: `body.lines.${index}.id`, message: `repeats the line id ${id}` });
    seen.add(id);
  });
  if (errors.length > 0) throw new ValidationFailed('Line ids must be unique', errors);
}

/** A bare day is midnight UTC, so [2025-01-01, 2025-02-01) is January, as the report is read in UTC. */
function dayOrInstant(text: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
}
