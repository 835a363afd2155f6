/**
 * Where webhooks may go (SPEC §16): outside embedded and development mode only `https` URLs whose host is, and
 * resolves to, public addresses. The check runs when an endpoint is saved and again on every attempt, on the
 * address the connection is actually made to (a name may resolve elsewhere by then); redirects are never
 * followed. WEBHOOK_ALLOW_PRIVATE_URLS=true lifts both rules (local receivers).
 */
import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookupAll } from 'node:dns/promises';
import { classifyAddress, isAddressLiteral } from '../../core/network-address.js';

export class AddressRefused extends Error {
  readonly code = 'WEBHOOK_ADDRESS_REFUSED';
}

/** The host of a URL as an address literal would be compared (IPv6 brackets removed). */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Why `raw` cannot be a webhook URL by its text alone; undefined when it can (names are resolved later).
 * `refused` is true for what the address policy refuses, false for what is no usable URL at all.
 */
export function urlProblem(raw: string, allowPrivate: boolean): { message: string; refused: boolean } | undefined {
  const invalid = (message: string) => ({ message, refused: false });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return invalid('is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid('must be an http or https URL');
  if (url.username || url.password) return invalid('must not carry credentials');
  if (url.hash) return invalid('must not have a fragment');
  if (allowPrivate) return undefined;
  const policyProblem = refusedByPolicy(url);
  return policyProblem === undefined ? undefined : { message: policyProblem, refused: true };
}

function refusedByPolicy(url: URL): string | undefined {
  if (url.protocol !== 'https:') return 'must use https';
  const host = hostOf(url);
  if (isAddressLiteral(host)) {
    const cls = classifyAddress(host);
    if (cls !== 'public') return `must not point to a ${cls} address`;
  } else if (!host.includes('.') || /\.(localhost|local|internal|localdomain)$/i.test(host) || host.toLowerCase() === 'localhost') {
    return 'must name a public host';
  }
  return undefined;
}

/** The refusal of an address, or undefined when it is allowed. */
export function addressProblem(address: string, allowPrivate: boolean): string | undefined {
  if (allowPrivate) return undefined;
  const cls = classifyAddress(address);
  return cls === 'public' ? undefined : `${address} is a ${cls} address`;
}

/** Resolves a host name to its addresses (the system resolver; tests give names addresses of their choice). */
export type HostResolver = (hostname: string, family: 0 | 4 | 6) => Promise<LookupAddress[]>;

export const systemResolver: HostResolver = (hostname, family) => dnsLookupAll(hostname, { all: true, family });

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that resolves the name and refuses the connection when any of its addresses
 * is not allowed, so the address checked is the address connected to.
 */
export function guardedLookup(allowPrivate: boolean, resolve: HostResolver = systemResolver) {
  return (hostname: string, options: { family?: number | string; all?: boolean }, callback: LookupCallback): void => {
    const family = Number(options.family ?? 0);
    resolve(hostname, family === 4 || family === 6 ? family : 0).then(
      (addresses) => {
        const refused = addresses.map((entry) => addressProblem(entry.address, allowPrivate)).find((problem) => problem !== undefined);
        const first = addresses[0];
        if (refused !== undefined) callback(Object.assign(new AddressRefused(`${hostname}: ${refused}`), { errno: 0, syscall: 'lookup' }), []);
        else if (!first) callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
        else if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

/** Resolves the URL's host now and answers why it is refused, if it is (the check when an endpoint is saved). */
export async function resolvedProblem(raw: string, allowPrivate: boolean, resolve: HostResolver = systemResolver): Promise<string | undefined> {
  if (allowPrivate) return undefined;
  const host = hostOf(new URL(raw));
  if (isAddressLiteral(host)) return addressProblem(host, allowPrivate);
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host, 0);
  } catch {
    return `${host} does not resolve`;
  }
  if (addresses.length === 0) return `${host} does not resolve`;
  return addresses.map((entry) => addressProblem(entry.address, allowPrivate)).find((problem) => problem !== undefined);
}
