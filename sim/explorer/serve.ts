/**
 * Serves a built explorer (or any static directory) on localhost with `Deno.serve`: the files
 * of `dir` and nothing else (no listing, nothing outside it), with their content types, and
 * `index.html` for `/`.
 *
 * @module
 */

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
};

/** The response to a request for `pathname` under `dir`. */
async function respond(dir: string, pathname: string): Promise<Response> {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return new Response("bad path", { status: 400 });
  }
  if (path.endsWith("/")) path += "index.html";
  const parts = path.split("/").filter(Boolean);
  if (parts.some((p) => p === ".." || p.startsWith(".") || p.includes("\\"))) {
    return new Response("not found", { status: 404 });
  }
  try {
    const body = await Deno.readFile(`${dir}/${parts.join("/")}`);
    const type = TYPES[path.slice(path.lastIndexOf(".") + 1)] ?? "application/octet-stream";
    return new Response(body, { headers: { "content-type": type, "cache-control": "no-cache" } });
  } catch {
    return new Response("not found", { status: 404 });
  }
}

/** Options of {@link serveDirectory}. */
export interface ServeOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  signal?: AbortSignal;
  /** Told the address once listening. */
  onListen?: (url: string) => void;
}

/** Serves `dir` on 127.0.0.1 until `signal` aborts. */
export function serveDirectory(dir: string, options: ServeOptions): Deno.HttpServer {
  return Deno.serve({
    hostname: "127.0.0.1",
    port: options.port,
    signal: options.signal,
    onListen: ({ port }) => options.onListen?.(`http://127.0.0.1:${port}/`),
  }, (request) => respond(dir, new URL(request.url).pathname));
}
