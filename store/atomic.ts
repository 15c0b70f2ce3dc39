/** Writes that never leave a half-written file behind: write a temporary file next to it, then rename. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A temporary name in the same folder (rename is atomic only within one file system). */
export function temporaryPath(target: string): string {
  return path.join(path.dirname(target), `.tmp-${path.basename(target)}-${crypto.randomBytes(6).toString('hex')}`);
}

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = temporaryPath(target);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
}

export function writeJsonAtomic(target: string, value: unknown): void {
  writeFileAtomic(target, `${JSON.stringify(value, null, 2)}\n`);
}

/** Reads a JSON file, or undefined when it is missing or unreadable (a temporary file is never read). */
export function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
