/** Tax exemption certificates (SPEC §7): issued to a buyer for some jurisdictions over a period of days. */
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import { FALLBACK_JURISDICTION_CODE } from '../../core/tax.js';
import { NotFound, ValidationFailed, type FieldError } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import type { ExemptionInput, ExemptionListQuery, StoredExemption } from './model.js';
import { existingJurisdictionCodes, findExemption, insertExemption, listExemptions } from './repository.js';

export class TaxExemptions {
  constructor(private readonly deps: { db: Database; clock: Clock }) {}

  async create(principal: Principal, body: ExemptionInput): Promise<StoredExemption> {
    if (body.validTo < body.validFrom) {
      throw new ValidationFailed('The certificate ends before it starts', [{ field: 'body.validTo', message: 'must not be before validFrom' }]);
    }
    const now = this.deps.clock.now();
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const known = await existingJurisdictionCodes(tx, body.jurisdictions);
      const unknown: FieldError[] = body.jurisdictions.flatMap((code, index) =>
        code === FALLBACK_JURISDICTION_CODE || known.has(code)
          ? []
          : [{ field: `body.jurisdictions.${index}`, message: `no jurisdiction has the code ${code}` }],
      );
      if (unknown.length > 0) throw new ValidationFailed('The certificate names unknown jurisdictions', unknown);
      return insertExemption(
        tx,
        principal.tenantId,
        {
          userId: body.userId,
          number: body.number,
          jurisdictions: [...body.jurisdictions],
          validFrom: body.validFrom,
          validTo: body.validTo,
          createdBy: principal.userId,
        },
        now,
      );
    });
  }

  get(principal: Principal, id: string): Promise<StoredExemption> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const exemption = await findExemption(tx, id);
      if (exemption === null) throw new NotFound(`Exemption certificate ${id} not found`);
      return exemption;
    });
  }

  async list(principal: Principal, query: ExemptionListQuery): Promise<{ data: StoredExemption[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) => listExemptions(tx, { limit: query.limit, userId: query.userId, after }));
    return pageOf(rows, query.limit, keysetPositionOf);
  }
}
