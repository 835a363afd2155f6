/** The face of the order changes area (SPEC §13): what the app, the jobs and other areas may use. */
export type { OrderChange, ChangeStatus } from './model.js';
export { changeRoutes } from './routes.js';
export { ChangeService, type ChangeDependencies, type ChangeRefunds } from './service.js';
