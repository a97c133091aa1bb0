// The README and docs/ are read in the repository: every relative link must reach a file in it
// (no links out of the repository, no anchors to headings that do not exist).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { expect, it } from "vitest";

const pages = ["README.md", "clients/typescript/README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => join("docs", f))];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const anchorsOf = (markdown: string) =>
  new Set([...markdown.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-")));

it.each(pages)("%s links only to files in the repository", (page) => {
  // Code blocks are not links, even where code reads like one (`sim[fn](JSON.stringify(body))`).
  const text = readFileSync(page, "utf8").replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "");
  const broken: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(https?:|mailto:)/.test(target!)) continue;
    const [path, anchor] = target!.split("#");
    const file = path ? normalize(join(dirname(page), path)) : page;
    if (relative(".", file).startsWith("..") || !existsSync(file)) broken.push(target!);
    else if (anchor && file.endsWith(".md") && !anchorsOf(readFileSync(file, "utf8")).has(anchor)) broken.push(target!);
  }
  expect(broken).toEqual([]);
});
