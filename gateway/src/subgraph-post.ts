import http from 'node:http';
import https from 'node:https';

/** A subgraph's answer as read off the wire. */
export interface PostedAnswer {
  status: number;
  text: string;
  /** Its Cache-Control header, if any. */
  cacheControl: string | undefined;
}

/** Thrown when the subgraph has not answered within the timeout. */
export class SubgraphTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * POSTs a body over connections kept open to one subgraph. Node's own HTTP client rather than
 * `fetch`: the gateway makes thousands of these a second, and `fetch` (web streams, an
 * AbortSignal and a WebAssembly parser per request) cost it about a sixth of its CPU in profiles
 * of the search page.
 */
export class SubgraphConnection {
  private readonly url: URL;
  private readonly agent: http.Agent;
  private readonly request: typeof http.request;

  constructor(url: string) {
    this.url = new URL(url);
    const secure = this.url.protocol === 'https:';
    this.request = secure ? https.request : http.request;
    this.agent = new (secure ? https.Agent : http.Agent)({ keepAlive: true });
  }

  post(body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostedAnswer> {
    return new Promise((resolve, reject) => {
      const request = this.request(this.url, {
        method: 'POST',
        agent: this.agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      });
      const timer = setTimeout(() => {
        reject(new SubgraphTimeoutError(`no answer within ${timeoutMs} ms`));
        request.destroy();
      }, timeoutMs);
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            cacheControl: response.headers['cache-control'],
          });
        });
      });
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
