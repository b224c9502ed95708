// The load generator, in its own process (never in the server's event loop):
// autocannon's programmatic API on the parts of one job, run at the same time.
// The parent sends the job over IPC and gets one result per part back.
import autocannon from "autocannon";

/** A signed-in client's headers. */
export interface ClientHeaders {
  cookie: string;
  csrfToken: string;
}

/** One stream of requests: GETs of one path, or POSTs of PROGRESS round-robin over targets. */
export interface LoadPart {
  url: string;
  connections: number;
  get?: { path: string; headers: ClientHeaders | null };
  post?: { paths: string[]; headers: ClientHeaders[] };
}

/** What the parent sends. */
export interface LoadJob {
  seconds: number;
  parts: LoadPart[];
}

/** What comes back for each part. */
export interface LoadResult {
  p50: number;
  p99: number;
  ok: number;
  other: number;
  statuses: Record<string, number>;
  seconds: number;
  errors: number;
}

function run(part: LoadPart, seconds: number): Promise<LoadResult> {
  let n = 0;
  const requests: autocannon.Request[] = [];
  if (part.get) {
    const h = part.get.headers;
    requests.push({ method: "GET", path: part.get.path, headers: h ? { cookie: h.cookie } : {} });
  }
  const post = part.post;
  if (post) {
    requests.push({
      method: "POST",
      setupRequest: (request) => {
        const k = n++ % post.paths.length;
        const h = post.headers[k] as ClientHeaders;
        return {
          ...request,
          path: post.paths[k],
          headers: { "content-type": "application/json", cookie: h.cookie, "x-csrf-token": h.csrfToken },
          body: JSON.stringify({
            type: "PROGRESS",
            payload: { percent: n % 101, note: `Đã thực hiện đợt ${n}` },
          }),
        };
      },
    });
  }
  return new Promise((resolve, reject) => {
    autocannon({ url: part.url, connections: part.connections, duration: seconds, requests }, (error, r) => {
      if (error) return reject(error);
      const statuses = Object.fromEntries(
        Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count]),
      );
      resolve({
        p50: r.latency.p50,
        p99: r.latency.p99,
        ok: r["2xx"],
        other: r.non2xx,
        statuses,
        seconds: r.duration,
        errors: r.errors + r.timeouts,
      });
    });
  });
}

process.once("message", (job: LoadJob) => {
  Promise.all(job.parts.map((p) => run(p, job.seconds))).then(
    (results) => process.send?.({ results }, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
