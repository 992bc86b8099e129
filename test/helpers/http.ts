import http from 'node:http';

/**
 * One request to the web bridge on loopback, its whole answer collected. `chunkSize` sends the
 * body in pieces without a length, as a browser streams a large file. A connection the server
 * cuts off after answering (a refused upload) is not an error.
 */
export function httpRequest(
  port: number,
  opts: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer;
    chunkSize?: number;
  },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method,
        path: opts.path,
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', (err) =>
      (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err),
    );
    const { body, chunkSize } = opts;
    if (body && chunkSize) {
      for (let i = 0; i < body.length; i += chunkSize) req.write(body.subarray(i, i + chunkSize));
      req.end();
    } else req.end(body);
  });
}
