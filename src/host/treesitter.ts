// Loads the tree-sitter grammars gort parses with (Go, and C for cgo preambles) under Node.
//
// Models nothing in Go. web-tree-sitter's initialisation and grammar loading are asynchronous
// (they compile WebAssembly), so they live in the host layer; everything after this point —
// parsing included — is synchronous and deterministic.
//
// Invariants: Parser.init() runs once per process; each grammar is loaded once and cached.

import { createRequire } from "node:module";
import { Language, Parser } from "web-tree-sitter";

let initDone: Promise<void> | undefined;
const cache = new Map<string, Promise<Language>>();

function init(): Promise<void> {
  initDone ??= Parser.init();
  return initDone;
}

async function load(spec: string): Promise<Language> {
  let lang = cache.get(spec);
  if (!lang) {
    const path = createRequire(import.meta.url).resolve(spec);
    lang = init().then(() => Language.load(path));
    cache.set(spec, lang);
  }
  return lang;
}

/** The tree-sitter-go grammar. */
function loadGoLanguage(): Promise<Language> {
  return load("tree-sitter-go/tree-sitter-go.wasm");
}

/** The tree-sitter-c grammar (for cgo preambles). */
export function loadCLanguage(): Promise<Language> {
  return load("tree-sitter-c/tree-sitter-c.wasm");
}

/** A ready parser for Go source. */
export async function newGoParser(): Promise<Parser> {
  const lang = await loadGoLanguage();
  const p = new Parser();
  p.setLanguage(lang);
  return p;
}
