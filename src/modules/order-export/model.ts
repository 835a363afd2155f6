/** What an order export selects and how it is written. */
export interface ExportFilter {
  /** Orders created at or after this. */
  from?: Date;
  /** Orders created before this. */
  to?: Date;
  eventId?: string;
  statuses?: string[];
}

export type ExportFormat = 'csv' | 'xlsx';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
