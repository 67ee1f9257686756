/**
 * Loaded into the server's own process (tests/load/probed-app.ts) when `npm run load` starts the
 * server: what the load does to that process's event loop and memory can only be seen from inside
 * it. It answers on a loopback port of its own (LOAD_PROBE_PORT), so that it neither touches the
 * app's routes nor shares their queue with the measured requests.
 */
import http from 'node:http';
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';

/** How often the sampling timer is due: a delay is how much later than this it fired. */
export const DELAY_RESOLUTION_MS = 10;
const RSS_EVERY_MS = 250;

export interface ProbeSample {
  rssBytes: number;
  heapUsedBytes: number;
  /** The largest RSS seen since the last reset, sampled every RSS_EVERY_MS. */
  maxRssBytes: number;
  /** How late the sampling timer fired since the last reset (its own period taken off), in ms. */
  eventLoopDelay: { p50Ms: number; p99Ms: number; maxMs: number; samples: number };
  /** The share of the time since the last reset the event loop was busy, 0 to 1. */
  eventLoopUtilization: number;
}

const port = Number(process.env.LOAD_PROBE_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error(`LOAD_PROBE_PORT must be a port number, not ${JSON.stringify(process.env.LOAD_PROBE_PORT)}`);

const delays = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
delays.enable();
let utilizationSince: EventLoopUtilization = performance.eventLoopUtilization();
let maxRss = process.memoryUsage.rss();
setInterval(() => {
  maxRss = Math.max(maxRss, process.memoryUsage.rss());
}, RSS_EVERY_MS).unref();

// The histogram records the whole interval between two firings (the period included): an idle
// loop reads about 10 ms.
const lateMs = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - DELAY_RESOLUTION_MS);

function sample(): ProbeSample {
  const memory = process.memoryUsage();
  maxRss = Math.max(maxRss, memory.rss);
  return {
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    maxRssBytes: maxRss,
    eventLoopDelay: {
      p50Ms: lateMs(delays.percentile(50)),
      p99Ms: lateMs(delays.percentile(99)),
      maxMs: lateMs(delays.max),
      samples: delays.count,
    },
    eventLoopUtilization: performance.eventLoopUtilization(utilizationSince).utilization,
  };
}

/** GET /sample: the figures since the last reset; GET /sample?reset=1 also starts a new period after reading them. */
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://probe');
  if (req.method !== 'GET' || url.pathname !== '/sample') {
    res.writeHead(404).end();
    return;
  }
  const body = JSON.stringify(sample());
  if (url.searchParams.get('reset') === '1') {
    delays.reset();
    utilizationSince = performance.eventLoopUtilization();
    maxRss = process.memoryUsage.rss();
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(body);
});
server.listen(port, '127.0.0.1');
// The app's own stop ends the process: the probe must not keep it alive.
server.unref();
