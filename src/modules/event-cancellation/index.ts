/** The face of the event-cancellation area: what other areas and the jobs may use. */
export { cancellationStartedCondition } from './repository.js';
export { EVENT_CANCELLATION_BATCH, EventCancellationService, type FullRefunder } from './service.js';
