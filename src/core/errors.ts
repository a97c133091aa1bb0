/** The one error type of the domain; `src/worker/problem.ts` maps it to RFC 9457 problem+json. */
export type ProblemKind =
  | "bad_request"
  | "unauthorized"
  | "not_found"
  | "conflict"
  | "gone"
  | "payload_too_large"
  | "unprocessable"
  | "unsupported_media_type"
  | "unavailable";

export interface FieldProblem {
  field: string;
  message: string;
}

const STATUS: Record<ProblemKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unprocessable: 422,
  unsupported_media_type: 415,
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
