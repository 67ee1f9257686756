import net from 'node:net';
import { UserFacingError } from '../../core/user-facing-error.ts';

/** Fails with one sentence when something already listens on 127.0.0.1:port. */
export async function requireFreePort(port: number, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new UserFacingError(
      `Port ${port} on 127.0.0.1 is already in use (${variable}): stop what listens there, choose another port with ${variable}, or set NEO4J_URI to use a Neo4j that is already running.`,
    );
  }
}

/** A port that was free a moment ago, for throwaway servers in tests. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
