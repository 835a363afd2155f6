/** What other areas may use of the order export: the service and its routes for the app. */
export { OrderExportService } from './service.js';
export { orderExportRoutes } from './routes.js';
export { EXPORT_HEADERS } from './columns.js';
export { XLSX_CONTENT_TYPE } from './model.js';
