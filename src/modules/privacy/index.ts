/** What other areas may use of personal data: the service and its routes for the app. */
export { PrivacyService, ERASURE_ENTRY } from './service.js';
export { privacyRoutes } from './routes.js';
