// Child-process entry: the hello-world ceiling, a bare Hono app on @hono/node-server, the same
// stack as the real server without its routes, middleware or database.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.text("Hello, world!"));

const port = Number(process.env.PORT ?? "0");
serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening on ${info.port}\n`);
});
