// Breakpoint conditions: `break runtime.mapassign_fast64 if goid == 7 && count > 1`.
//
// A small subset of Delve's condition expressions: comparisons of a name (goid; count, B,
// flags, noverflow at a map function; size at mallocgc) with an integer, joined by && and ||
// (&& binds tighter), and parentheses. A name the stop does not have compares as 0.

export type Cond =
  | { op: "&&" | "||"; l: Cond; r: Cond }
  | { op: "==" | "!=" | "<" | "<=" | ">" | ">="; name: string; value: number };

/** Parse a condition, or return the error's text. */
export function parseCond(text: string): Cond | string {
  const toks = text.match(/\s*(&&|\|\||==|!=|<=|>=|<|>|\(|\)|[A-Za-z_][\w.]*|-?(?:0x[0-9a-fA-F]+|\d+))/gy)?.map((t) => t.trim()) ?? [];
  if (toks.join("").length !== text.replace(/\s+/g, "").length) return `bad condition: ${text}`;
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const or = (): Cond => {
    let l = and();
    while (peek() === "||") {
      i++;
      l = { op: "||", l, r: and() };
    }
    return l;
  };
  const and = (): Cond => {
    let l = cmp();
    while (peek() === "&&") {
      i++;
      l = { op: "&&", l, r: cmp() };
    }
    return l;
  };
  const cmp = (): Cond => {
    if (peek() === "(") {
      i++;
      const c = or();
      if (toks[i++] !== ")") throw new Error("missing )");
      return c;
    }
    const name = toks[i++];
    const op = toks[i++];
    const v = toks[i++];
    if (name === undefined || !/^[A-Za-z_]/.test(name)) throw new Error(`expected a name, got ${name ?? "the end"}`);
    if (op === undefined || !["==", "!=", "<", "<=", ">", ">="].includes(op)) throw new Error(`expected a comparison after ${name}`);
    if (v === undefined || !/^-?(0x[0-9a-fA-F]+|\d+)$/.test(v)) throw new Error(`expected an integer after ${name} ${op}`);
    return { op: op as "==", name, value: Number(v) };
  };
  try {
    const c = or();
    if (i !== toks.length) return `bad condition: unexpected ${toks[i]}`;
    return c;
  } catch (e) {
    return `bad condition: ${(e as Error).message}`;
  }
}

export function evalCond(c: Cond, vars: Record<string, number>): boolean {
  switch (c.op) {
    case "&&": return evalCond(c.l, vars) && evalCond(c.r, vars);
    case "||": return evalCond(c.l, vars) || evalCond(c.r, vars);
  }
  const x = vars[c.name] ?? 0;
  switch (c.op) {
    case "==": return x === c.value;
    case "!=": return x !== c.value;
    case "<": return x < c.value;
    case "<=": return x <= c.value;
    case ">": return x > c.value;
    case ">=": return x >= c.value;
  }
}
