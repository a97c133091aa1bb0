/** Patterns for what a printed receipt or report says: print text and `pdftotext -layout` alike. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A line holding `label` and then `value`, with any spacing between. */
export const field = (label: string, value: string): RegExp => new RegExp(`^\\s*${escapeRegExp(label)}\\s+${escapeRegExp(value)}\\s*$`, "m");
