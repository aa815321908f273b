// What the measuring tools (calibrate, odds, gcpace, web-shots) share when they write their
// tables into the docs: the host's CPU name, and a doc's section between two marker comments.

import * as fs from "node:fs";
import * as os from "node:os";

/** The host's CPU model, as /proc/cpuinfo names it. */
export function cpuModel(): string {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  return /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown CPU";
}

/** Replaces what stands between `<!-- name:begin -->` and `<!-- name:end -->` in file by a
 *  newline and body (which ends with its own newline, if it wants one). */
export function writeDocSection(file: string, name: string, body: string): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const text = fs.readFileSync(file, "utf8");
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file} has no ${begin} ... ${end} section`);
  fs.writeFileSync(file, text.slice(0, i + begin.length) + "\n" + body + text.slice(j));
}
