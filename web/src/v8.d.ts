// V8's Error.stackTraceLimit, which the simulator sets (src/runtime/panic.ts): Chromium's engine
// has it as Node's does; @types/node declares it for the Node build, this for the page's.
interface ErrorConstructor {
  stackTraceLimit: number;
}
