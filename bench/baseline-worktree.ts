import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progress } from './stats.js';

const git = (root: string, ...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/**
 * A built checkout of `ref` for the baseline bench: a detached `git worktree` in the temporary
 * directory (kept and reused for the same commit), with this checkout's node_modules linked in when
 * both lock files agree (else `npm ci --prefer-offline`), compiled with its own tsconfig.
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
    const same = readFileSync(join(root, 'package-lock.json'), 'utf8') === readFileSync(join(dir, 'package-lock.json'), 'utf8');
    if (same) symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
    else {
      progress('baseline: its package-lock.json differs: npm ci --prefer-offline --ignore-scripts');
      execFileSync('npm', ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    }
  }
  progress('baseline: building it (tsc)');
  execFileSync(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  return { commit, dist };
}
