import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import type { CommandIo } from './command.js';
import { UserError } from './errors.js';
import { osError } from './write-output.js';

/** A journal held by this process until `release`. */
export interface JournalLock {
  release(): void;
}

/** Whether process `pid` is alive on this machine (EPERM: alive, owned by someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function youngerThan(lockPath: string, ms: number): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs < ms;
  } catch {
    return false;
  }
}

function create(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw osError(error, lockPath, 'lock the journal with');
  }
}

/**
 * Locks a journal for the duration of a run or resume (issue 18): `FILE.lock`, created exclusively,
 * holds this process's id, so that a second process appending the same journal is refused (exit 2)
 * instead of splicing it. A lock whose process is gone (killed, power cut) is taken over with a
 * note. The lock is removed by `release`, and on exit if the process ends first.
 */
export function lockJournal(path: string, shown: string, io: CommandIo, hint: string): JournalLock {
  const lockPath = `${path}.lock`;
  for (let attempt = 0; !create(lockPath); attempt++) {
    const pid = holderOf(lockPath);
    if (pid !== null && alive(pid) && pid !== process.pid) {
      throw new UserError(`journal ${shown} is in use by process ${pid} (${shown}.lock)`, { hint });
    }
    // a lock without a process id yet is one being created this instant, unless it is old
    if (attempt > 0 || (pid === null && youngerThan(lockPath, 5000))) throw new UserError(`journal ${shown} is being locked by another process (${shown}.lock)`, { hint });
    io.stderr.write(`gasim: note: ${shown}.lock was left by ${pid === null ? 'a process' : `process ${pid}`}, which has ended; taking the journal over\n`);
    rmSync(lockPath, { force: true });
  }
  const onExit = () => rmSync(lockPath, { force: true });
  process.once('exit', onExit);
  return {
    release() {
      process.removeListener('exit', onExit);
      onExit();
    },
  };
}
