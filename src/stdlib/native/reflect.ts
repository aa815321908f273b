// The natives of package reflect, by key, for the registry (index.ts).
//
// Models Go 1.19's package reflect; the parts are reflect_type.ts (type.go), reflect_value.ts
// (value.go, makefunc.go, swapper.go's swap) and reflect_deepequal.ts (deepequal.go). The Go
// API surface (Kind, ChanDir, StructTag, ValueError, MapIter, Swapper, VisibleFields ...) is Go
// source in stdlib/reflect/.
//
// Invariant: every key names a body-less declaration of stdlib/reflect.

import { deepEqual } from "./reflect_deepequal.js";
import { typeNatives } from "./reflect_type.js";
import { valueNatives } from "./reflect_value.js";

export const natives: Record<string, Function> = {
  ...typeNatives,
  ...valueNatives,
  DeepEqual: deepEqual,
};
