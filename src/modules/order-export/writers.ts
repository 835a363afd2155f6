/**
 * Writers of the order export: rows in, bytes out to a stream at the reader's pace. CSV (RFC 4180, money as
 * integers in minor units) and XLSX through exceljs's streaming WorkbookWriter (rows are zipped as they come,
 * never held as a whole workbook).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvField } from '../../http/representation.js';
import { EXPORT_HEADERS, inertText, type CellValue } from './columns.js';
import type { ExportFormat } from './model.js';

export interface RowWriter {
  /** Writes rows; resolves when the output can take more (backpressure). */
  write(rows: CellValue[][]): Promise<void>;
  /** Writes the end of the document. */
  end(): Promise<void>;
}

/** Waits until `out` has room again; rejects when it is closed first (the client went away). */
async function roomIn(out: Writable): Promise<void> {
  if (out.destroyed) throw new Error('the export stream is closed');
  if (!out.writableNeedDrain) return;
  await Promise.race([once(out, 'drain'), once(out, 'close').then(() => Promise.reject(new Error('the export stream is closed')))]);
}

function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return String(value);
  return csvField(inertText(value));
}

function csvWriter(out: Writable): RowWriter {
  out.write(`${EXPORT_HEADERS.map(csvField).join(',')}\r\n`);
  return {
    async write(rows) {
      out.write(rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n');
      await roomIn(out);
    },
    async end() {
      out.end();
    },
  };
}

function xlsxWriter(out: Writable): RowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('orders');
  sheet.addRow([...EXPORT_HEADERS]).commit();
  return {
    async write(rows) {
      for (const cells of rows) sheet.addRow(cells.map((value) => (typeof value === 'string' ? inertText(value) : value))).commit();
      await roomIn(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

export function rowWriter(format: ExportFormat, out: Writable): RowWriter {
  return format === 'xlsx' ? xlsxWriter(out) : csvWriter(out);
}
