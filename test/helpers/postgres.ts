import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import selfsigned from 'selfsigned';

/**
 * A throwaway PostgreSQL cluster for the central-register tests (issue 25): initdb in a temp
 * folder, TLS on with a self-signed certificate for 127.0.0.1 (the only way in is `hostssl` with
 * a password), a free loopback port, and `stop()` removes it all. No mock stands in for it.
 * On a machine that runs as root (CI containers) initdb refuses root, so the cluster runs as the
 * `postgres` system user Debian's package creates.
 */
export interface PgCluster {
  /** The superuser's URL, TLS verified against the cluster's own certificate. */
  adminUrl: string;
  /** A URL for another role on the same cluster (same TLS settings). */
  urlFor: (user: string, password: string) => string;
  /** The certificate file the URLs pin. */
  caFile: string;
  port: number;
  stop: () => void;
}

/** The newest Debian PostgreSQL bin folder, or null when none is installed. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function pgMissingReason(): string | null {
  return findPgBin()
    ? null
    : 'no PostgreSQL binaries (/usr/lib/postgresql/*/bin/initdb); .ci/run installs them';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error(pgMissingReason() ?? 'no PostgreSQL');
  const root = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-pg-'));
  const data = path.join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  const run = (tool: string, args: string[]) => {
    const cmd = path.join(bin, tool);
    if (root) execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' });
    else execFileSync(cmd, args, { stdio: 'pipe' });
  };
  try {
    fs.writeFileSync(path.join(dir, 'pw'), password);
    const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: true },
        { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
      ],
    });
    if (root) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--pwfile',
      path.join(dir, 'pw'),
      '--auth-local=scram-sha-256',
      '--auth-host=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    const caFile = path.join(dir, 'server.crt');
    fs.writeFileSync(caFile, pems.cert);
    fs.writeFileSync(path.join(data, 'server.crt'), pems.cert);
    fs.writeFileSync(path.join(data, 'server.key'), pems.private, { mode: 0o600 });
    // Only TLS with a password: a plain connection is refused by the cluster itself.
    fs.writeFileSync(
      path.join(data, 'pg_hba.conf'),
      'hostssl all all 127.0.0.1/32 scram-sha-256\n',
    );
    const port = await freePort();
    fs.appendFileSync(
      path.join(data, 'postgresql.conf'),
      [
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'ssl = on',
        // A throwaway cluster on a busy 2-core machine: small and without durability waits.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'shared_buffers = 32MB',
        'max_connections = 40',
        '',
      ].join('\n'),
    );
    if (root) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
    const urlFor = (user: string, pw: string) =>
      `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/postgres` +
      `?sslmode=verify-full&sslrootcert=${encodeURIComponent(caFile)}`;
    return {
      adminUrl: urlFor('postgres', password),
      urlFor,
      caFile,
      port,
      stop: () => {
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // never started
    }
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
