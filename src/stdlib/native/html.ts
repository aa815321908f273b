// Natives of package html: lookups in the table of named character references.
//
// Models the entity and entity2 maps of Go 1.19's html/entity.go (generated into
// html_entity.gen.ts). Go builds its maps on first use (populateMapsOnce); here the text is
// parsed into host Maps on the first lookup of the process. The unescaping itself is Go code
// (stdlib/html/escape.go).

import { entity as entityText, entity2 as entity2Text } from "./html_entity.gen.js";

// The entity tables, decoded on first use: immutable, shared by every machine.
let one: Map<string, number> | undefined;
let two: Map<string, [number, number]> | undefined;

function load(): void {
  one = new Map();
  for (const e of entityText.split(" ")) {
    const eq = e.indexOf("=");
    one.set(e.slice(0, eq), parseInt(e.slice(eq + 1), 16));
  }
  two = new Map();
  for (const e of entity2Text.split(" ")) {
    const eq = e.indexOf("=");
    const [a, b] = e.slice(eq + 1).split(",") as [string, string];
    two.set(e.slice(0, eq), [parseInt(a, 16), parseInt(b, 16)]);
  }
}

/** lookup1(name) rune: the code point of a one-rune reference, 0 if none. Names are ASCII. */
function lookup1(name: string): number {
  if (one === undefined) load();
  return one!.get(name) ?? 0;
}

/** lookup2(name) (rune, rune): the code points of a two-rune reference, 0, 0 if none. */
function lookup2(name: string): [number, number] {
  if (two === undefined) load();
  return two!.get(name) ?? [0, 0];
}

export const natives: Record<string, Function> = { lookup1, lookup2 };
