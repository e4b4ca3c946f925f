/**
 * `deno task explorer`: its flags are checked before anything is built (exit 2, one message),
 * it writes the four files of the site into --out (an earlier jiedian output there may be
 * replaced, anything else is refused), and the server serves those files and nothing else.
 */
import assert from "node:assert/strict";
import { serveDirectory } from "../../sim/explorer/serve.ts";
import { assertUserError, cli } from "../support/cli.ts";

Deno.test("explorer: bad flags are one clear message and exit code 2; --help exits 0", async () => {
  assertUserError(
    await cli("explorer", ["--port", "70000", "--serve"]),
    /--port expects a whole number from 0 to 65535, found "70000"/,
    "port",
  );
  assertUserError(await cli("explorer", ["--port", "8001"]), /--port needs --serve/, "no serve");
  assertUserError(
    await cli("explorer", ["--colour"]),
    /explorer: Unknown option '--colour'/,
    "flag",
  );
  assertUserError(
    await cli("explorer", ["plan-2023"]),
    /takes no arguments, found plan-2023/,
    "arg",
  );
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/notes.txt`, "mine");
    assertUserError(
      await cli("explorer", ["--out", dir]),
      /notes\.txt|not a jiedian output|holds/,
      "out",
    );
    assert.equal(await Deno.readTextFile(`${dir}/notes.txt`), "mine");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  const help = await cli("explorer", ["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: deno task explorer/);
});

Deno.test("explorer: writes index.html, app.js, worker.js and county.json, nothing from the web", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const out = `${dir}/site`;
    const r = await cli("explorer", ["--out", out, "--quiet"]);
    assert.equal(r.code, 0, r.stderr);
    const names = [...Deno.readDirSync(out)].map((e) => e.name).sort();
    assert.deepEqual(names, [
      ".jiedian-output",
      "app.js",
      "county.json",
      "index.html",
      "worker.js",
    ]);
    const html = await Deno.readTextFile(`${out}/index.html`);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
    const county = JSON.parse(await Deno.readTextFile(`${out}/county.json`));
    assert.ok("grid/transformers.csv" in county.data);
    assert.ok("2023.csv" in county.calendar && "2024.csv" in county.calendar);
    assert.ok("plan-2023.json" in county.scenarios && !("schema.json" in county.scenarios));
    // Built again over its own output: replaced.
    assert.equal((await cli("explorer", ["--out", out, "--quiet"])).code, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the server serves the directory's files and nothing outside it", async () => {
  const dir = await Deno.makeTempDir();
  const controller = new AbortController();
  try {
    await Deno.writeTextFile(`${dir}/index.html`, "<p>hi</p>");
    await Deno.writeTextFile(`${dir}/app.js`, "1");
    await Deno.writeTextFile(`${dir}/.jiedian-output`, "x");
    const origin = await new Promise<string>((resolve) => {
      serveDirectory(dir, { port: 0, signal: controller.signal, onListen: resolve });
    });
    const get = async (path: string) => {
      const response = await fetch(`${origin}${path}`);
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        body: await response.text(),
      };
    };
    assert.deepEqual(await get(""), {
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<p>hi</p>",
    });
    assert.equal((await get("app.js")).type, "text/javascript; charset=utf-8");
    assert.equal((await get("missing.js")).status, 404);
    assert.equal((await get(".jiedian-output")).status, 404);
    assert.equal((await get("%2e%2e/etc/passwd")).status, 404);
    assert.equal((await get("%E0%A4%A")).status, 400);
  } finally {
    controller.abort();
    await Deno.remove(dir, { recursive: true });
  }
});
