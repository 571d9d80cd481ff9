import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progress } from './stats.js';

const git = (root: string, ...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/**
 * A built checkout of `ref` for the baseline bench: a detached `git worktree` in the temporary
 * directory (kept and reused for the same commit), with this checkout's node_modules linked in when
 * both lock files install the same packages (else `npm ci --prefer-offline`), compiled with its own
 * tsconfig (and bundled, for a commit with scripts/bundle-cli.mjs).
 * Returns the commit and its `dist/` directory.
 */
export function baselineBuild(root: string, ref: string): { commit: string; dist: string } {
  const commit = git(root, 'rev-parse', '--verify', `${ref}^{commit}`);
  const dir = join(tmpdir(), `gasim-baseline-${commit.slice(0, 12)}`);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'sim', 'run-session.js'))) return { commit, dist };
  if (!existsSync(join(dir, '.git'))) {
    progress(`baseline: git worktree add ${dir} ${commit.slice(0, 12)}`);
    git(root, 'worktree', 'add', '--detach', '--force', dir, commit);
  }
  if (!existsSync(join(dir, 'node_modules'))) {
    const same = installedTree(join(root, 'package-lock.json')) === installedTree(join(dir, 'package-lock.json'));
    if (same) symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
    else {
      progress('baseline: its package-lock.json differs: npm ci --prefer-offline --ignore-scripts');
      execFileSync('npm', ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    }
  }
  progress('baseline: building it (tsc, then its bundled CLI if it has one)');
  execFileSync(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  if (existsSync(join(dir, 'scripts', 'bundle-cli.mjs'))) execFileSync(process.execPath, [join(dir, 'scripts', 'bundle-cli.mjs')], { cwd: dir, stdio: 'inherit' });
  return { commit, dist };
}

/** The packages a lock file installs (every entry but the root's, whose declared dependencies may differ). */
function installedTree(lockFile: string): string {
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, unknown> };
  return JSON.stringify(Object.entries(lock.packages).filter(([path]) => path !== ''));
}
