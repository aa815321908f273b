// The Node host: files, the standard library's Go sources, the grammars, the process.
//
// Everything gort needs from outside the simulator core, for a Node process. The browser host
// (web/) provides the same Toolchain from bundled files.

import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceFile, Toolchain } from "../api.js";
import { displayName, loadProgram, type SourceInput } from "../frontend/source.js";
import { loadCLanguage, newGoParser } from "./treesitter.js";

/** The repository root (dist/src/host/node.js → three levels up). */
export const gortRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const stdRoot = join(gortRoot, "stdlib");

export function loadStd(importPath: string): { name: string; text: string }[] | undefined {
  // Only directories under stdlib/: an import path never names another directory of the host.
  const dir = resolve(stdRoot, importPath);
  if (!dir.startsWith(stdRoot + "/")) return undefined;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go")).sort();
  if (files.length === 0) return undefined;
  return files.map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));
}

/** Loaded once per thread: a process that runs many programs (tools/cli-worker.ts) shares it. */
let toolchain: Promise<Toolchain> | undefined;

export function nodeToolchain(): Promise<Toolchain> {
  toolchain ??= Promise.all([newGoParser(), loadCLanguage()]).then(([goParser, cLanguage]) => ({ goParser, cLanguage, loadStd, stdParses: new Map() }));
  return toolchain;
}

export type Loaded =
  | { ok: true; files: SourceFile[]; pkgLabel: string; mode: "files" | "dir" }
  | { ok: false; stderr: string; exitCode: number };

/** What `gort test` reads: a package's files with its _test.go files, its name, and its import
 *  path as go test prints it (the module path of the nearest go.mod and the directory below it,
 *  else command-line-arguments). */
export type LoadedTest =
  | { ok: true; files: SourceFile[]; xfiles: SourceFile[]; pkgName: string; importPath: string }
  | { ok: false; stderr: string; exitCode: number };

export function readTestPackage(target: string, cwd: string): LoadedTest {
  const r = readTarget(target, cwd, true);
  if (!r.ok) return r;
  const xfiles = (r.loaded.xfiles ?? []).map(sourceFile);
  return { ok: true, files: r.files, xfiles, pkgName: r.loaded.pkgName ?? "main", importPath: r.importPath };
}

/** What readProgram and readTestPackage share: the target's .go files (one file, or a
 *  directory's), loaded as go build or go test loads them. A test package is named by its
 *  module path; a program, as go run names it. */
function readTarget(target: string, cwd: string, test: boolean):
  | { ok: true; loaded: ReturnType<typeof loadProgram>; files: SourceFile[]; isDir: boolean; importPath: string }
  | { ok: false; stderr: string; exitCode: number } {
  const abs = resolve(cwd, target);
  if (!existsSync(abs)) return { ok: false, stderr: `stat ${target}: no such file or directory\n`, exitCode: 1 };
  const isDir = statSync(abs).isDirectory();
  const paths = isDir ? readdirSync(abs).filter((f) => f.endsWith(".go")).sort().map((f) => join(abs, f)) : [abs];
  const inputs: SourceInput[] = paths.map((p) => ({ path: p, bytes: readFileSync(p) }));
  const importPath = test && isDir ? modulePath(abs) ?? "command-line-arguments" : "command-line-arguments";
  const loaded = loadProgram(inputs, {
    mode: isDir ? "dir" : "files",
    names: paths.map((p) => displayName(p, cwd)),
    dirLabel: isDir ? displayName(abs, cwd) : ".",
    importPath,
    test,
  });
  if (loaded.loadError) return { ok: false, stderr: loaded.loadError, exitCode: 1 };
  return { ok: true, loaded, files: loaded.files.map(sourceFile), isDir, importPath };
}

function sourceFile(f: { name: string; path: string; text: string }): SourceFile {
  return { name: f.name, path: f.path, text: f.text };
}

/** The import path of dir from the nearest go.mod's module line, or undefined. */
function modulePath(dir: string): string | undefined {
  for (let d = dir, rel = ""; ; ) {
    const mod = join(d, "go.mod");
    if (existsSync(mod)) {
      const m = /^module\s+(\S+)/m.exec(readFileSync(mod, "utf8"));
      return m ? m[1]! + rel : undefined;
    }
    const up = dirname(d);
    if (up === d) return undefined;
    rel = "/" + d.slice(up.length).replace(/^\/+/, "") + rel;
    d = up;
  }
}

/** Read a program: one .go file (or several), or a directory holding one package main. */
export function readProgram(target: string, cwd: string): Loaded {
  const r = readTarget(target, cwd, false);
  if (!r.ok) return r;
  return { ok: true, files: r.files, pkgLabel: r.loaded.pkgLabel, mode: r.isDir ? "dir" : "files" };
}
