/** Fixtures of the order export tests: reading CSV and XLSX back, and seeding many orders at once. */
import ExcelJS from 'exceljs';
import type { Database } from '../../src/db/database.js';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Rows of CSV as objects keyed by the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** The first sheet of an XLSX workbook as objects keyed by its first row. */
export async function xlsxRecords(data: Buffer): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  const [header, ...rest] = rows;
  return rest.map((row) => Object.fromEntries((header ?? []).map((name, index) => [String(name), row[index] ?? null])));
}

/**
 * Writes `count` paid orders of one item each for the tenant in one statement (exports of size, without
 * the checkout's peers).
 */
export async function seedOrders(db: Database, tenantId: string, count: number, eventId: string): Promise<void> {
  await db.tenant(tenantId, async (tx) => {
    await tx.query(
      `WITH o AS (
         INSERT INTO orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal, platform_fee,
                             processing_fee, tax, total, billing, created_at, updated_at, confirmed_at)
         SELECT gen_random_uuid(), $1, 'SEED-' || n, 'seed-user-' || (n % 1000), $3, 'CONFIRMED', 'USD', 'exclusive', 5000, 250, 150, 400, 5800,
                jsonb_build_object('name', 'Buyer ' || n, 'email', 'buyer' || n || '@example.com'),
                now() - make_interval(secs => n), now(), now()
           FROM generate_series(1, $2::int) AS n
         RETURNING id)
       INSERT INTO order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, platform_fee, processing_fee, tax, total, description)
       SELECT gen_random_uuid(), $1, o.id, 0, $3, 1, 5000, 5000, 250, 150, 400, 5800, 'Seeded — General' FROM o`,
      [tenantId, count, eventId],
    );
  });
}
