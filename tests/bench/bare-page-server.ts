// The ceiling for serving a page: node:http sending the same bytes from memory, with nothing
// else to do. Run as its own process so it is pinned and measured like the app:
//   node --import tsx tests/bench/bare-page-server.ts PORT FILE CONTENT-TYPE
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, file, contentType] = process.argv.slice(2);
const body = readFileSync(file!);
createServer((_, response) => {
  response.writeHead(200, { "Content-Type": contentType!, "Content-Length": body.length });
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));
