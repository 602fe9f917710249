// Installs the VS Code servers of hosts.json, each with its own Node, into CACHE (below; git-ignored):
//   node-<version>/                the npm package node-<platform>-<arch>@<version> (a Node binary and its headers)
//   code-server-<version>/  code-server@<version>, its native modules built for that Node
// Idempotent: a folder with a matching .installed.json is reused as it is. A folder is installed under a temporary
// name and renamed when complete, so an interrupted install leaves nothing half-made behind. Only the npm registry
// is used; the native modules need g++, make, python3 and Debian's libkrb5-dev, and the manual recipe Debian's
// ripgrep (`bash scripts/ensure-system-deps.sh --code-server` installs them).
//
// Usage: node test/e2e/code-server/install.mjs [name...]   (default: every host)
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * apps/vscode/node_modules/.cache/vscode-e2e-hosts: git-ignored, skipped by ESLint, Prettier, tsc and vitest, kept by
 * `npm ci`, and outside what `vsce package` walks (it walks every other folder of the extension before applying
 * .vscodeignore, which made packaging ten times slower with the servers in test/e2e).
 */
export const CACHE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'node_modules',
  '.cache',
  'vscode-e2e-hosts',
);
/**
 * The VS Code servers the Node end-to-end test runs on (hosts.json): code-server lines from the npm registry, each
 * with the Node it requires (the registry's node-<platform>-<arch> package), pinned exactly. `recipe` says how it
 * installs: `npm` runs code-server's own postinstall (which builds the native modules); `manual` does its work by
 * hand. `why` says why the line is there.
 * @type {Array<{ name: string, codeServer: string, vscode: string, node: string, recipe: 'npm' | 'manual',
 *   serverArgs: string[], why: string }>}
 */
export const HOSTS = JSON.parse(readFileSync(new URL('./hosts.json', import.meta.url), 'utf8'));
const MARKER = '.installed.json';
/** Native modules of the VS Code server that the manual recipe builds (the others are Windows- or macOS-only). */
const SERVER_NATIVE_MODULES = [
  'kerberos',
  '@vscode/spdlog',
  '@vscode/deviceid',
  'native-watchdog',
  'node-pty',
];
const RIPGREP = '/usr/bin/rg';

const log = (message) => console.log(`code-server install: ${message}`);

/** Runs a command, its output appended to `logFile`; rejects with the log's tail when it fails. */
function run(command, args, { cwd, env, logFile }) {
  return new Promise((resolveRun, rejectRun) => {
    const fd = openSync(logFile, 'a');
    writeFileSync(fd, `\n$ (cd ${cwd} && ${command} ${args.join(' ')})\n`);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
    child.on('error', (error) => {
      closeSync(fd);
      rejectRun(error);
    });
    child.on('exit', (code, signal) => {
      closeSync(fd);
      if (code === 0) {
        resolveRun();
        return;
      }
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      rejectRun(
        new Error(
          `${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`}) in ${cwd}:\n${tail}\n(full log: ${logFile})`,
        ),
      );
    });
  });
}

function installed(folder, expected) {
  try {
    return (
      JSON.stringify(JSON.parse(readFileSync(join(folder, MARKER), 'utf8'))) === JSON.stringify(expected)
    );
  } catch {
    return false;
  }
}

/**
 * Installs into a fresh temporary folder next to `folder` with `fill(temporary)`, marks it complete and renames
 * it to `folder`, unless `folder` is already complete with the same `expected` marker.
 */
async function ensureFolder(folder, expected, what, fill) {
  if (installed(folder, expected)) return false;
  const started = Date.now();
  log(`installing ${what} into ${folder} (a few minutes the first time)`);
  mkdirSync(CACHE, { recursive: true });
  const temporary = `${folder}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary);
  // Next to the folder, so that it outlives a failed install.
  const logFile = `${folder}.install.log`;
  writeFileSync(logFile, '');
  try {
    await fill(temporary, logFile);
    writeFileSync(join(temporary, MARKER), `${JSON.stringify(expected)}\n`);
    rmSync(folder, { recursive: true, force: true });
    renameSync(temporary, folder);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  log(`installed ${what} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

/** Settings an outer npm (`npm run ...`) leaves in the environment that npm should still read here. */
const KEPT_NPM_SETTINGS = new Set(
  ['registry', 'cafile', 'cache', 'userconfig', 'globalconfig', 'proxy', 'https_proxy', 'noproxy'].map(
    (key) => `npm_config_${key}`,
  ),
);

/** npm's environment for installing with `node` (a Node folder with bin/ and include/) instead of the project's. */
function npmEnvironment(nodeFolder) {
  const env = { ...process.env };
  // Under `npm run`, the outer npm's settings are in the environment, and npm reads them as its own: its user agent
  // (which code-server's postinstall reads to check the Node version: it would see the project's Node), prefixes,
  // node-gyp and nodedir. Only the ones that say where and how to reach the registry stay.
  for (const key of Object.keys(env)) {
    if ((key.startsWith('npm_') && !KEPT_NPM_SETTINGS.has(key)) || key === 'NODE' || key === 'INIT_CWD')
      delete env[key];
  }
  return {
    ...env,
    // npm itself runs on the first node on PATH; native modules build against this Node's own headers.
    PATH: `${join(nodeFolder, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeFolder,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

/** The pinned Node of a host: its folder (bin/node, include/node). */
export async function ensureNode(version) {
  const pkg = `node-${process.platform}-${process.arch}`;
  const folder = join(CACHE, `node-${version}`);
  const nodeFolder = join(folder, 'node_modules', pkg);
  await ensureFolder(
    folder,
    { package: pkg, version },
    `Node ${version} (${pkg})`,
    async (temporary, logFile) => {
      writeFileSync(
        join(temporary, 'package.json'),
        `${JSON.stringify({ private: true, dependencies: { [pkg]: version } }, null, 2)}\n`,
      );
      await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: temporary,
        env: process.env,
        logFile,
      });
      const printed = execFileSync(join(temporary, 'node_modules', pkg, 'bin', 'node'), ['--version'], {
        encoding: 'utf8',
      }).trim();
      if (printed !== `v${version}`) throw new Error(`${pkg}@${version} runs as ${printed}`);
    },
  );
  return { folder: nodeFolder, bin: join(nodeFolder, 'bin', 'node') };
}

/** code-server's postinstall, by hand (see `why` in hosts.json): what the VS Code server needs to start and run extensions. */
async function manualPostinstall(codeServer, env, logFile) {
  const vscode = join(codeServer, 'lib', 'vscode');
  await run(
    'npm',
    ['install', '--omit=dev', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund'],
    { cwd: vscode, env, logFile },
  );
  await run('npm', ['rebuild', ...SERVER_NATIVE_MODULES], { cwd: vscode, env, logFile });
  // What the postinstall links: node_modules.asar (VS Code's packaged layout), the CLI and browser helpers.
  symlinkSync('node_modules', join(vscode, 'node_modules.asar'));
  symlinkSync('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  symlinkSync('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
  // Search in files runs ripgrep; its package would download the binary from GitHub.
  if (!existsSync(RIPGREP))
    throw new Error(`${RIPGREP} is missing: bash scripts/ensure-system-deps.sh --code-server installs it`);
  mkdirSync(join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin'), { recursive: true });
  symlinkSync(RIPGREP, join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'));
  // code-server's own native module (password hashing), built from source: its prebuilt download is unreachable.
  await run('npm', ['rebuild', 'argon2', '--build-from-source'], {
    cwd: dirname(dirname(codeServer)),
    env,
    logFile,
  });
}

/** A host of hosts.json, installed: its Node and code-server's entry point. */
export async function ensureHost(host) {
  const node = await ensureNode(host.node);
  const folder = join(CACHE, `code-server-${host.codeServer}`);
  const expected = { codeServer: host.codeServer, node: host.node, recipe: host.recipe };
  await ensureFolder(
    folder,
    expected,
    `code-server ${host.codeServer} (VS Code ${host.vscode}, Node ${host.node})`,
    async (temporary, logFile) => {
      const env = npmEnvironment(node.folder);
      writeFileSync(
        join(temporary, 'package.json'),
        `${JSON.stringify(
          {
            private: true,
            dependencies: { 'code-server': host.codeServer },
            // The npm recipe runs code-server's postinstall, which installs and builds the VS Code server's modules.
            allowScripts: host.recipe === 'npm' ? { 'code-server': true, argon2: true } : {},
          },
          null,
          2,
        )}\n`,
      );
      if (host.recipe === 'npm') {
        await run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], {
          cwd: temporary,
          env,
          logFile,
        });
      } else {
        await run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
          cwd: temporary,
          env,
          logFile,
        });
        await manualPostinstall(join(temporary, 'node_modules', 'code-server'), env, logFile);
      }
      // code-server writes a default config (and logs) under the XDG folders: kept inside, then removed.
      const entry = join(temporary, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
      const printed = execFileSync(node.bin, [entry, '--version'], {
        encoding: 'utf8',
        env: { ...env, XDG_CONFIG_HOME: join(temporary, '.xdg'), XDG_DATA_HOME: join(temporary, '.xdg') },
      });
      if (!printed.includes(`${host.codeServer} `))
        throw new Error(`code-server ${host.codeServer} prints the version ${printed.trim()}`);
      rmSync(join(temporary, '.xdg'), { recursive: true, force: true });
    },
  );
  return { node, entry: join(folder, 'node_modules', 'code-server', 'out', 'node', 'entry.js') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !HOSTS.some((host) => host.name === name));
  if (unknown.length) {
    console.error(
      `code-server install: unknown host ${unknown.join(', ')} (hosts: ${HOSTS.map((h) => h.name).join(', ')})`,
    );
    process.exit(2);
  }
  for (const host of HOSTS.filter((candidate) => !names.length || names.includes(candidate.name))) {
    const { entry } = await ensureHost(host);
    log(`${host.name}: code-server ${host.codeServer} ready (${entry})`);
  }
}
