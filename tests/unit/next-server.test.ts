import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, startNext } from "../../scripts/next-server.mjs";

describe("startNext", () => {
  let occupier: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (occupier ? occupier.close(() => resolve()) : resolve())));

  it("refuses a port another server already listens on, rather than taking that server's answers for its own", async () => {
    const port = await freePort(3400);
    occupier = createServer((socket) => socket.end("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"));
    await new Promise<void>((resolve) => occupier!.listen(port, "127.0.0.1", resolve));
    await expect(startNext(port)).rejects.toThrow(`something already listens on 127.0.0.1:${port}`);
  });
});
