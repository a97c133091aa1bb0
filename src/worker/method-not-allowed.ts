/** A known path asked with the wrong method answers 405 with `Allow`, not 404 (RFC 9110 §15.5.6). */
import { DomainError } from "../core/errors";

interface RouteInfo {
  method: string;
  path: string;
}

/** Hono path patterns (":id", ":id{regex}", "*") as regular expressions. */
function patternOf(path: string): RegExp {
  const source = path
    .split("/")
    .map((part) => {
      if (part === "*") return ".*";
      const param = /^:[A-Za-z0-9_]+(?:\{(.+)\})?$/.exec(part);
      if (param) return param[1] ?? "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}$`);
}

export function methodMatcher(routes: () => readonly RouteInfo[]): (path: string) => string[] {
  let table: { method: string; pattern: RegExp }[] | undefined;
  return (path) => {
    // Built on first use: every route is registered by then.
    table ??= routes()
      .filter((r) => r.method !== "ALL")
      .map((r) => ({ method: r.method, pattern: patternOf(r.path) }));
    const methods = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}

export function methodNotAllowed(method: string, allowed: string[]): DomainError {
  const allow = allowed.join(", ");
  return new DomainError("method_not_allowed", "method-not-allowed", "Method not allowed", `${method} is not allowed here; use ${allow}.`, [], { allow });
}
