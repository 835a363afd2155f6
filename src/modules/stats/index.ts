/** The dashboard figures' face: the service and its routes, for the app. */
export type { DailyFigures, MoneyByCurrency, StatsPeriod } from './model.js';
export { MAX_STATS_DAYS, StatsService } from './service.js';
export { statsRoutes } from './routes.js';
