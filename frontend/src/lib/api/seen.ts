import { unwrap } from './problem';

/**
 * A resource as a page showed it, with the ETag it was read at. A change quotes that tag, never a freshly read
 * one, so the service refuses it (412) when somebody else changed the resource after the page showed it.
 */
export interface Seen<T> {
  resource: T;
  etag?: string;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** What a GET read, with its ETag; any failure is an ApiError. */
export function seenOf<T>(result: Result<T>): Seen<T> {
  return { resource: unwrap(result), etag: result.response.headers.get('ETag') ?? undefined };
}

/** As seenOf, but a resource that does not exist yet (404) was seen as nothing, so saving creates it. */
export function seenOrNoneOf<T>(result: Result<T>): Seen<T | null> {
  if (result.response.status === 404) return { resource: null };
  return seenOf(result);
}

/**
 * A part of a larger resource as the page showed it, such as an agenda item within its meeting: the service tags
 * each part with its version, as it tags whole resources, so a change to the part quotes that.
 */
export function seenAtVersion<T>(resource: T, version: number): Seen<T> {
  return { resource, etag: `"${version}"` };
}

/** The If-Match header for changing what was seen; none for something that did not exist, so it is created. */
export function ifMatchOf(seen: Seen<unknown>): { 'If-Match'?: string } {
  return seen.etag ? { 'If-Match': seen.etag } : {};
}

/**
 * Query options for what a form opens with: read afresh each time the form opens (nothing kept from an earlier
 * visit) and not again while it is open, since the form shows and quotes the version it opened with.
 */
export const READ_WHEN_FORM_OPENS = { staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false } as const;
