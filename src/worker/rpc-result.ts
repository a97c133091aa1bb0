/** A DomainError does not survive a Durable Object RPC as itself: it crosses as plain data and is rebuilt. */
import { DomainError, type FieldProblem, type ProblemKind } from "../core/errors";

export type RpcResult<T> = { ok: true; result: T } | { ok: false; problem: { kind: ProblemKind; code: string; title: string; detail: string; errors: FieldProblem[] } };

export async function capture<T>(run: () => Promise<T>): Promise<RpcResult<T>> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { kind, code, title, detail, errors } = error;
    return { ok: false, problem: { kind, code, title, detail, errors } };
  }
}

export function unwrap<T>(result: RpcResult<T>): T {
  if (result.ok) return result.result;
  const { kind, code, title, detail, errors } = result.problem;
  throw new DomainError(kind, code, title, detail, errors);
}
