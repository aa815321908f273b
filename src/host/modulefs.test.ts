// The Node host's module files (node.ts moduleFS, findModule): reads stay inside the module's
// root, whatever the path or a symbolic link says, and the nearest go.mod above a package is
// its module.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findModule, moduleFS } from "./node.js";

test("moduleFS reads only inside the root; findModule walks up to go.mod", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-modfs-"));
  try {
    const root = path.join(tmp, "m");
    fs.mkdirSync(path.join(root, "lib"), { recursive: true });
    fs.mkdirSync(path.join(tmp, "outside"));
    fs.writeFileSync(path.join(tmp, "outside", "secret.go"), "package secret\n");
    fs.writeFileSync(path.join(root, "go.mod"), "module example.com/m\n\ngo 1.19\n");
    fs.writeFileSync(path.join(root, "lib", "lib.go"), "package lib\n");
    fs.symlinkSync(path.join(tmp, "outside"), path.join(root, "escape"));
    fs.symlinkSync(path.join(root, "lib"), path.join(root, "alias"));
    const mfs = moduleFS(root);
    assert.deepEqual(mfs.readDir("lib"), [{ name: "lib.go", dir: false }]);
    assert.equal(new TextDecoder().decode(mfs.readFile("lib/lib.go")), "package lib\n");
    assert.deepEqual(mfs.readDir("alias"), [{ name: "lib.go", dir: false }], "a link within the root is followed");
    assert.equal(mfs.readDir("escape"), undefined, "a link out of the root is refused");
    assert.equal(mfs.readFile("escape/secret.go"), undefined);
    assert.equal(mfs.readFile("../outside/secret.go"), undefined);
    assert.equal(mfs.readDir("lib/.."), undefined);
    assert.equal(mfs.readFile(path.join(tmp, "outside", "secret.go")), undefined);
    const found = findModule(path.join(root, "lib"), tmp);
    assert.ok(found !== undefined && "module" in found);
    assert.equal(found.module.root, root);
    assert.equal(found.module.mod.module, "example.com/m");
    fs.writeFileSync(path.join(root, "go.mod"), "go 1.19\n");
    assert.deepEqual(findModule(root, tmp), { error: "go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod\n" });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
