/** The order export's columns (SPEC §16): one row per order item, the order's fields repeated on each. */

export interface ExportRow {
  order_id: string;
  order_number: string;
  status: string;
  created_at: Date;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
  user_id: string;
  event_id: string;
  currency: string;
  price_mode: string;
  promotion_code: string | null;
  order_subtotal: number;
  order_discount: number;
  order_platform_fee: number;
  order_processing_fee: number;
  order_tax: number;
  order_total: number;
  refunded_amount: number;
  billing_name: string | null;
  billing_email: string | null;
  item_id: string;
  item_position: number;
  ticket_type_id: string;
  description: string | null;
  quantity: number;
  unit_price: number;
  item_subtotal: number;
  item_discount: number;
  item_platform_fee: number;
  item_processing_fee: number;
  item_tax: number;
  item_total: number;
}

export type CellValue = string | number | Date | null;

interface Column {
  header: string;
  value(row: ExportRow): CellValue;
  /** Minor units of the row's currency. */
  money?: boolean;
}

const money = (header: string, value: (row: ExportRow) => number): Column => ({ header, value, money: true });

export const EXPORT_COLUMNS: readonly Column[] = [
  { header: 'orderId', value: (r) => r.order_id },
  { header: 'orderNumber', value: (r) => r.order_number },
  { header: 'status', value: (r) => r.status },
  { header: 'createdAt', value: (r) => r.created_at },
  { header: 'confirmedAt', value: (r) => r.confirmed_at },
  { header: 'cancelledAt', value: (r) => r.cancelled_at },
  { header: 'userId', value: (r) => r.user_id },
  { header: 'eventId', value: (r) => r.event_id },
  { header: 'currency', value: (r) => r.currency },
  { header: 'priceMode', value: (r) => r.price_mode },
  { header: 'promoCode', value: (r) => r.promotion_code },
  money('orderSubtotal', (r) => r.order_subtotal),
  money('orderDiscount', (r) => r.order_discount),
  money('orderPlatformFee', (r) => r.order_platform_fee),
  money('orderProcessingFee', (r) => r.order_processing_fee),
  money('orderTax', (r) => r.order_tax),
  money('orderTotal', (r) => r.order_total),
  money('refundedAmount', (r) => r.refunded_amount),
  { header: 'billingName', value: (r) => r.billing_name },
  { header: 'billingEmail', value: (r) => r.billing_email },
  { header: 'itemId', value: (r) => r.item_id },
  { header: 'itemPosition', value: (r) => r.item_position },
  { header: 'ticketTypeId', value: (r) => r.ticket_type_id },
  { header: 'description', value: (r) => r.description },
  { header: 'quantity', value: (r) => r.quantity },
  money('unitPrice', (r) => r.unit_price),
  money('itemSubtotal', (r) => r.item_subtotal),
  money('itemDiscount', (r) => r.item_discount),
  money('itemPlatformFee', (r) => r.item_platform_fee),
  money('itemProcessingFee', (r) => r.item_processing_fee),
  money('itemTax', (r) => r.item_tax),
  money('itemTotal', (r) => r.item_total),
];

export const EXPORT_HEADERS: readonly string[] = EXPORT_COLUMNS.map((column) => column.header);

export function exportCells(row: ExportRow): CellValue[] {
  return EXPORT_COLUMNS.map((column) => column.value(row));
}

/**
 * A text cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * written with a leading apostrophe, so an exported buyer name can never execute (CSV/formula injection).
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
