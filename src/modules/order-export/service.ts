/**
 * The order export (SPEC §16, staff): every item of the tenant's orders matching the filter, streamed from a
 * database cursor in one read-only transaction, written as CSV or XLSX at the reader's pace. A reader that goes
 * away stops the walk: the transaction rolls back and the cursor with it.
 */
import type { Writable } from 'node:stream';
import type { Database } from '../../db/database.js';
import type { Principal } from '../../http/auth.js';
import { exportCells } from './columns.js';
import type { ExportFilter, ExportFormat } from './model.js';
import { walkExportRows } from './repository.js';
import { rowWriter } from './writers.js';

/** Rows fetched per round trip: large enough to be cheap, small enough that memory stays flat. */
const BATCH_ROWS = 500;

export class OrderExportService {
  constructor(private readonly deps: { db: Database }) {}

  /**
   * Writes the export to `out`. `started` is called once the first batch is read (or none is there), before
   * the first byte: until then a failure can still be answered as a problem; after it the stream is cut.
   */
  async export(principal: Principal, filter: ExportFilter, format: ExportFormat, out: Writable, started: () => void, signal: AbortSignal): Promise<void> {
    await this.deps.db.tenant(principal.tenantId, async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      let writer: ReturnType<typeof rowWriter> | undefined;
      const open = () => {
        if (!writer) {
          started();
          writer = rowWriter(format, out);
        }
        return writer;
      };
      await walkExportRows(tx, filter, BATCH_ROWS, async (rows) => {
        if (signal.aborted) throw new Error('the export was abandoned by its reader');
        await open().write(rows.map(exportCells));
      });
      if (signal.aborted) throw new Error('the export was abandoned by its reader');
      await open().end();
    });
  }
}
