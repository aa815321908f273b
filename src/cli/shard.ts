// Campaigns over many machines: `gort run --runs N --shard i/n --json FILE` runs the i-th of n
// contiguous parts of the seeds (i from 0, as a Kubernetes Indexed Job numbers its pods) and
// writes one JSON line per run after a header line; `gort merge FILE...` checks that the files
// are the n shards of one campaign, each complete, and prints the summary the whole campaign
// would have printed on one machine (api.ts SummaryBuilder counts both).
//
// File format (JSON Lines, UTF-8): line 1 {"gort":"shard","version":V,"campaign":C,"shard":[i,n],
// "seeds":[from,to]}, where C names the command, target, flags and program hash; then one
// RunRecord per run, in seed order. Outcome and race texts are the program's bytes, one char
// per byte, as the summaries print them.

import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { SummaryBuilder, type RunRecord, type Summary } from "../api.js";
import { parts } from "./jobs.js";

/** What makes two shards parts of one campaign, and what its summary prints. */
export interface Campaign {
  cmd: string;
  target: string;
  /** The program's files and the options that shape its runs (explore/token.ts programHash). */
  hash: string;
  from: number;
  runs: number;
  race: boolean;
  leaks: boolean;
  model: string;
}

export interface ShardHeader {
  gort: "shard";
  version: string;
  campaign: Campaign;
  shard: [number, number];
  seeds: [number, number];
}

/** "i/n" with 0 <= i < n, or why not. */
export function parseShard(v: string): { index: number; count: number } | string {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m === null || !(count >= 1 && count <= 1e6) || !(index < count)) return `invalid value ${JSON.stringify(v)} for flag --shard: want i/n with 0 <= i < n <= 1000000`;
  return { index, count };
}

/** The seeds of shard index of count, of the campaign's from..from+runs-1. */
export function shardSeeds(from: number, runs: number, index: number, count: number): [number, number] {
  return parts(from, from + runs - 1, Math.min(count, runs))[index] ?? [from + runs, from + runs - 1];
}

/** A --json file being written: the header, then each run's line (buffered). */
export class ShardWriter {
  private readonly fd: number;
  private buf: string[] = [];

  constructor(path: string, header: ShardHeader) {
    this.fd = openSync(path, "w");
    this.buf.push(JSON.stringify(header));
  }

  add = (r: RunRecord): void => {
    this.buf.push(JSON.stringify(r));
    if (this.buf.length >= 1024) this.flush();
  };

  private flush(): void {
    if (this.buf.length === 0) return;
    writeSync(this.fd, this.buf.join("\n") + "\n");
    this.buf = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** The files' campaign and its summary, or why the files are not its n complete shards. */
export function mergeShards(files: string[]): { campaign: Campaign; summary: Summary } | string {
  if (files.length === 0) return "gort merge: no files";
  const shards: { header: ShardHeader; runs: RunRecord[]; file: string }[] = [];
  for (const file of files) {
    let lines: string[];
    try {
      lines = readFileSync(file, "utf8").split("\n").filter((l) => l !== "");
    } catch (e) {
      return `gort merge: ${file}: ${(e as Error).message}`;
    }
    let header: ShardHeader;
    try {
      header = JSON.parse(lines[0] ?? "") as ShardHeader;
    } catch {
      return `gort merge: ${file}: not a shard file (written by gort run --runs N --shard i/n --json FILE)`;
    }
    if (header.gort !== "shard") return `gort merge: ${file}: not a shard file (written by gort run --runs N --shard i/n --json FILE)`;
    shards.push({ header, runs: lines.slice(1).map((l) => JSON.parse(l) as RunRecord), file });
  }
  const first = shards[0]!.header;
  const n = first.shard[1];
  const seen = new Map<number, string>();
  for (const s of shards) {
    if (JSON.stringify(s.header.campaign) !== JSON.stringify(first.campaign) || s.header.shard[1] !== n) {
      return `gort merge: ${s.file} is a shard of another campaign than ${shards[0]!.file}`;
    }
    const i = s.header.shard[0];
    if (seen.has(i)) return `gort merge: ${s.file} and ${seen.get(i)} are both shard ${i}/${n}`;
    seen.set(i, s.file);
    const [a, b] = s.header.seeds;
    if (s.runs.length !== b - a + 1 || s.runs.some((r, k) => r.seed !== a + k)) {
      return `gort merge: ${s.file}: shard ${i}/${n} is incomplete (${s.runs.length} of its ${b - a + 1} runs)`;
    }
  }
  const missing = [...Array(n).keys()].filter((i) => !seen.has(i));
  if (missing.length > 0) return `gort merge: missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${n}`).join(", ")}`;
  const b = new SummaryBuilder();
  for (const s of shards.sort((x, y) => x.header.shard[0] - y.header.shard[0])) for (const r of s.runs) b.add(r);
  return { campaign: first.campaign, summary: b.finish() };
}
