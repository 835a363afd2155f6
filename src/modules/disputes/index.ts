/** The face of the disputes area: what other areas and the jobs may use. */
export type { TicketVoiding } from './ticket-voids.js';
