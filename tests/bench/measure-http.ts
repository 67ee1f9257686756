import http from 'node:http';
import type { Request } from './timing.ts';

/**
 * A GraphQL client over one keep-alive connection: each measured request then costs one round
 * trip on a warm socket, as a browser's would, not a TCP handshake.
 */
export class GraphQLHttpClient {
  readonly #url: URL;
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  readonly #name: string;

  constructor(url: string, name: string) {
    this.#url = new URL(url);
    this.#name = name;
  }

  /** Posts a GraphQL request body and fails on a non-2xx status or any GraphQL error. */
  post(body: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.#url,
        {
          method: 'POST',
          agent: this.#agent,
          headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: 60_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve(this.#check(response.statusCode ?? 0, text, body));
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`${this.#name} took more than 60 s to answer ${body}`)));
      request.on('error', reject);
      request.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }

  #check(status: number, text: string, body: string): unknown {
    let result: { data?: unknown; errors?: { message: string }[] };
    try {
      result = JSON.parse(text) as typeof result;
    } catch {
      throw new Error(`${this.#name} answered HTTP ${status} with something other than JSON: ${text.slice(0, 200)}`);
    }
    if (result.errors?.length) {
      throw new Error(`${this.#name} answered with a GraphQL error: ${result.errors[0]!.message} (request ${body})`);
    }
    if (status < 200 || status > 299) throw new Error(`${this.#name} answered HTTP ${status}: ${text.slice(0, 200)}`);
    return result.data;
  }
}

/** One request over HTTP for sample k, cycling through the samples' request bodies. */
export function httpRequest(client: GraphQLHttpClient, bodies: readonly string[]): Request {
  return async (k) => {
    await client.post(bodies[k % bodies.length]!);
  };
}
