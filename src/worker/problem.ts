/** The one place errors become RFC 9457 application/problem+json answers. */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ZodError } from "zod";
import { DomainError, type FieldProblem } from "../core/errors";
import type { Logger } from "./log";

const TYPE_BASE = "https://ereceipt-edge.dev/problems/";

/** The problem document itself, for hosts that must answer below the app (e.g. unparseable HTTP). */
export function problemJson(status: number, code: string, title: string, detail: string, errors: FieldProblem[] = []): string {
  // `code` repeats the type's last segment for tills that switch on a short string.
  return JSON.stringify({ type: `${TYPE_BASE}${code}`, code, title, status, detail, ...(errors.length > 0 && { errors }) });
}

export function problemResponse(status: number, code: string, title: string, detail: string, errors: FieldProblem[] = [], headers: Record<string, string> = {}): Response {
  return new Response(problemJson(status, code, title, detail, errors), { status, headers: { ...headers, "content-type": "application/problem+json" } });
}

export function validationError(error: ZodError): DomainError {
  const errors = error.issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, message: "is not a known field" }));
    }
    return [{ field: path || "body", message: issue.message }];
  });
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join("; ");
  return new DomainError("unprocessable", "validation", "Invalid request", detail, errors);
}

export function errorToProblem(error: unknown, c: Context, log: Logger): Response {
  if (error instanceof DomainError) return problemResponse(error.status, error.code, error.title, error.detail, error.errors, error.headers);
  if (error instanceof ZodError) {
    const problem = validationError(error);
    return problemResponse(problem.status, problem.code, problem.title, problem.detail, problem.errors);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status === 413) return problemResponse(413, "payload-too-large", "Request body too large", "The request body exceeds the size limit.");
    if (status === 415) return problemResponse(415, "unsupported-media-type", "Unsupported media type", "Send the body as JSON with Content-Type: application/json.");
    const detail = error.message || "The request could not be read.";
    return problemResponse(status, status === 400 ? "malformed-request" : "http-error", status === 400 ? "Malformed request" : "Request failed", detail);
  }
  log.error("request.failed", { method: c.req.method, path: new URL(c.req.url).pathname, error: error instanceof Error ? error.message : String(error) });
  return problemResponse(500, "internal", "Internal error", "Something went wrong on our side; nothing was lost. Retry with the same Idempotency-Key.");
}
