import net from 'node:net';

/**
 * A TCP proxy placed between the content subgraph and Strapi. While stalled it accepts
 * connections and reads requests but forwards nothing and answers nothing, as a paused or
 * overloaded CMS does (the connection stays open, no error ever comes back). Slowed down, it
 * passes requests on late, as a busy CMS answers late.
 */
export interface StallingProxy {
  url: string;
  stall(): void;
  slowDown(delayMs: number): void;
  /** Forwards again, at once; connections that stalled are closed, as a peer that lost them would. */
  resume(): void;
  close(): Promise<void>;
}

export async function startStallingProxy(target: string): Promise<StallingProxy> {
  const { hostname, port } = new URL(target);
  const connections = new Set<net.Socket>();
  const stalledConnections = new Set<net.Socket>();
  let stalled = false;
  let delayMs = 0;

  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      connections.add(socket);
      socket.on('close', () => {
        connections.delete(socket);
        stalledConnections.delete(socket);
      });
      socket.on('error', () => undefined);
    }
    const forward = (from: net.Socket, to: net.Socket, delay: () => number) =>
      from.on('data', (chunk) => {
        if (stalled) stalledConnections.add(client);
        else if (delay() > 0) setTimeout(() => to.write(chunk), delay());
        else to.write(chunk);
      });
    forward(client, upstream, () => delayMs);
    forward(upstream, client, () => 0);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = server.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${proxyPort}`,
    stall() {
      stalled = true;
    },
    slowDown(ms) {
      delayMs = ms;
    },
    resume() {
      stalled = false;
      delayMs = 0;
      for (const socket of stalledConnections) socket.destroy();
    },
    close() {
      for (const socket of connections) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
