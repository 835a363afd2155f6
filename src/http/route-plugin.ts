/**
 * An area's routes are one Fastify plugin, registered with its prefix; the OpenAPI tags and security that
 * its routes share are set once here instead of on every route (a route's own values win).
 */
import type { FastifyInstance } from 'fastify';

export interface RouteDefaults {
  tags: string[];
  /** Omitted for routes that are not authenticated by a bearer token (webhooks, health). */
  security?: Record<string, string[]>[];
}

/** The bearer token of a user or of a calling service (SPEC §4). */
export const BEARER = [{ bearerAuth: [] }];

/** Applies `defaults` to every route registered later in this plugin's scope. */
export function routeDefaults(scope: FastifyInstance, defaults: RouteDefaults): void {
  scope.addHook('onRoute', (route) => {
    route.schema = { ...defaults, ...route.schema };
  });
}
