/** Structured JSON logs. Callers pass ids and counts only: never phone numbers, e-mails or names. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function jsonLogger(write: (line: string) => void = (line) => console.log(line), quiet = false): Logger {
  const emit = (level: string) => (event: string, fields: LogFields = {}) => {
    if (quiet && level === "info") return;
    write(JSON.stringify({ level, event, ...fields }));
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}
