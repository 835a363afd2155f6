/** The admin console's face: its routes for the app. */
export { ADMIN_CONSOLE_PREFIX, CONSOLE_SECURITY_HEADERS, adminConsoleRoutes, type AdminConsoleOptions } from './routes.js';
