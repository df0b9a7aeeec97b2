// Debian's nginx, serving a built app with the project's own configuration
// (deploy/nginx/), on a loopback port, unprivileged: its own prefix, pid,
// logs and temporary folders in a fresh temporary folder, one process, no
// daemon. `startNginx(dist)` answers like scripts/serve.mjs's startServer:
// { origin, close, served }, so the end-to-end tests run against either
// (VEILIG_SERVER=nginx, see `make test-nginx`), and `make bench` measures
// Lighthouse against it too.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A free port on 127.0.0.1, asked of the system. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Waits until `origin` answers (up to 10 s). */
async function answering(origin, child, log) {
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${await readFile(log, 'utf8').catch(() => '')}`);
    try {
      await fetch(origin + '/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx does not answer at ${origin}`);
}

export async function startNginx(dist) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run make setup (it installs Debian's nginx)`);
  const csp = join(root, 'deploy', 'nginx', 'csp.conf');
  if (!existsSync(csp)) throw new Error('deploy/nginx/csp.conf is missing: run make build');
  const dir = await mkdtemp(join(tmpdir(), 'veilig-check-nginx-'));
  // The configuration as a host installs it: the three files in a folder
  // veilig-check/ beside the main configuration.
  await mkdir(join(dir, 'veilig-check'));
  for (const file of ['app.conf', 'headers.conf', 'csp.conf']) {
    await symlink(join(root, 'deploy', 'nginx', file), join(dir, 'veilig-check', file));
  }
  const port = await freePort();
  const log = join(dir, 'error.log');
  const access = join(dir, 'access.log');
  const brotli = existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '';
  await writeFile(
    join(dir, 'nginx.conf'),
    `${brotli}
daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${log} warn;
events { worker_connections 256; }
http {
    log_format served '$status $request_method $uri';
    access_log ${access} served;
    client_body_temp_path ${join(dir, 'body')};
    proxy_temp_path ${join(dir, 'proxy')};
    fastcgi_temp_path ${join(dir, 'fastcgi')};
    uwsgi_temp_path ${join(dir, 'uwsgi')};
    scgi_temp_path ${join(dir, 'scgi')};
    sendfile on;
    server {
        listen 127.0.0.1:${port};
        root ${resolve(dist)};
        include veilig-check/app.conf;
    }
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', log], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await answering(origin, child, log);
  return {
    origin,
    /** How often each path was sent with a body (status 200), from nginx's own log. */
    get served() {
      return servedFrom(access);
    },
    close: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', async () => {
          await rm(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The access log as a map of path to the number of 200 answers. */
function servedFrom(access) {
  const served = new Map();
  let text = '';
  try {
    text = readFileSync(access, 'utf8');
  } catch {
    return served;
  }
  for (const line of text.split('\n')) {
    const [status, , path] = line.split(' ');
    if (status === '200') served.set(path, (served.get(path) ?? 0) + 1);
  }
  return served;
}
