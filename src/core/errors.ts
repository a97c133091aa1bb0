/** The one error type of the domain; `src/worker/problem.ts` maps it to RFC 9457 problem+json. */
export type ProblemKind =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "payload_too_large"
  | "unprocessable"
  | "unsupported_media_type"
  | "method_not_allowed"
  | "too_many_requests"
  | "unavailable";

export interface FieldProblem {
  field: string;
  message: string;
}

const STATUS: Record<ProblemKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unprocessable: 422,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  too_many_requests: 429,
  unavailable: 503,
};

export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ProblemKind,
    /** Stable, short slug used in the problem `type` URI, e.g. `payment-required`. */
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
    /** Headers the answer carries, e.g. `Allow` (405) or `Retry-After` (429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "DomainError";
    this.status = STATUS[kind];
  }
}

export const notFound = (what: string): DomainError =>
  new DomainError("not_found", "not-found", `${what} not found`, `No ${what.toLowerCase()} with that id exists for this merchant.`);

export const invalid = (field: string, message: string): DomainError =>
  new DomainError("unprocessable", "validation", "Invalid request", `${field}: ${message}`, [{ field, message }]);
