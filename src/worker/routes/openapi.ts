/** Small helpers so route definitions stay short and every error answer is documented alike. */
import type { ZodType } from "zod";
import { ProblemSchema } from "../schemas";

const TITLES: Record<number, string> = {
  400: "Malformed request",
  401: "Missing or invalid token",
  403: "Not allowed with this credential",
  404: "Not found (or another merchant's)",
  409: "Conflict with the receipt's state",
  410: "Expired",
  413: "Body too large",
  415: "Body is not JSON",
  422: "Invalid field",
  429: "Too many requests (see Retry-After)",
};

export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: TITLES[status] ?? "Problem", content: { "application/problem+json": { schema: ProblemSchema } } }]),
  );
}

export function jsonBody<T extends ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

export const jsonContent = <T extends ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
