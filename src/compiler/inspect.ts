// A walk over the syntax tree for the compiler's analyses (escape.ts, stackmap.ts,
// blocking.ts, call.ts's closure captures), in the manner of go/ast.Inspect.
//
// A node is an object with a string `kind` (frontend/ast.ts); arrays of nodes are walked
// through, and positions are never entered. enter sees each node before its children, with
// the chain of its ancestors (innermost last, the node itself not included); returning false
// skips the children. leave, if given, sees the node after them.

export type Enter = (n: any, parents: readonly any[]) => boolean | void;

export function inspect(root: unknown, enter: Enter, leave?: (n: any) => void): void {
  const parents: any[] = [];
  const go = (n: any): void => {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) go(x);
      return;
    }
    if (typeof n.kind !== "string") return;
    if (enter(n, parents) === false) return;
    parents.push(n);
    for (const k in n) if (k !== "pos" && typeof n[k] === "object") go(n[k]);
    parents.pop();
    leave?.(n);
  };
  go(root);
}
