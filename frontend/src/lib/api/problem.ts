import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** An API failure that carries the RFC 9457 problem the server sent, for error summaries and messages. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/** The data of a successful openapi-fetch call, or an ApiError with the server's problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(
      isProblem(result.error)
        ? result.error
        : { type: 'about:blank', title: 'The service did not answer as expected', status: result.response.status },
    );
  }
  return result.data;
}
