import { unwrap } from './problem';

/**
 * The If-Match header for changing what a GET has just read: its ETag, or no header when there is nothing yet
 * (404), so that a new resource is created and an existing one is never overwritten unseen.
 */
export function ifMatchOf(current: { error?: unknown; response: Response }): { 'If-Match'?: string } {
  if (current.error !== undefined && current.response.status !== 404) unwrap(current);
  const etag = current.response.ok ? current.response.headers.get('ETag') : null;
  return etag ? { 'If-Match': etag } : {};
}
