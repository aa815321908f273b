// The registry of native standard-library functions, by import path.
//
// Each package's natives implement the body-less functions and methods of its Go source in
// stdlib/<importpath>/, keyed "Func" or "Type.Method" (see fmt.ts for the calling convention).
// The compiler binds a body-less declaration to nativePackages[path][key].
//
// Invariant: every key here names a body-less declaration of that package's Go source.

import { natives as bytes } from "./bytes.js";
import { natives as cryptoRand } from "./crypto_rand.js";
import { natives as cryptoSha512 } from "./crypto_sha512.js";
import { natives as hashCrc64 } from "./hash_crc64.js";
import { natives as hashFnv } from "./hash_fnv.js";
import { natives as html } from "./html.js";
import { natives as errors } from "./errors.js";
import { natives as fmt } from "./fmt.js";
import { natives as mathBits } from "./math_bits.js";
import { natives as os, syscallNatives } from "./os.js";
import { natives as reflect } from "./reflect.js";
import { natives as regexp } from "./regexp.js";
import { natives as sort } from "./sort.js";
import { natives as strconv } from "./strconv.js";
import { natives as strings } from "./strings.js";
import { natives as unicode } from "./unicode.js";
import { natives as unicodeUtf8 } from "./unicode_utf8.js";
import { natives as math } from "./math.js";
import { natives as mathRand } from "./math_rand.js";
import { natives as mathBig, nilSafe } from "./math_big.js";
import { ratNatives } from "./math_big_rat.js";
import { floatNatives } from "./math_big_float.js";
import { atomicNatives, debugNatives, runtimeNatives, timeNatives } from "./runtime.js";
import { natives as sync } from "./sync.js";
import { natives as runtimePprof } from "./runtime_pprof.js";
import { natives as testing } from "./testing.js";

export const nativePackages: Record<string, Record<string, Function>> = {
  bytes,
  "crypto/rand": cryptoRand,
  "crypto/sha512": cryptoSha512,
  errors,
  fmt,
  "hash/crc64": hashCrc64,
  "hash/fnv": hashFnv,
  html,
  math,
  "math/big": nilSafe({ ...mathBig, ...ratNatives(), ...floatNatives }),
  "math/bits": mathBits,
  "math/rand": mathRand,
  runtime: runtimeNatives,
  "runtime/debug": debugNatives,
  "runtime/pprof": runtimePprof,
  sync,
  "sync/atomic": atomicNatives,
  testing,
  time: timeNatives,
  os,
  // signal.go's signalWaitUntilIdle: no signal is ever in flight.
  "os/signal": { signalWaitUntilIdle: (): void => {} },
  reflect,
  regexp,
  sort,
  strconv,
  strings,
  syscall: syscallNatives,
  unicode,
  "unicode/utf8": unicodeUtf8,
};
