import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { App } from '../core';

/** The folder under the app's output folder that holds generated files, one folder per content. */
export const ASSETS_FOLDER = '.assets';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Writes generated content to a file that a `TerraformAsset` can copy into the synth output.
 *
 * The file lives under the app's output folder (`<outdir>/.assets/<sha256>/<fileName>`), readable
 * by its owner only (folders 0700, file 0600), since it may hold cloud-init user data. It is
 * content-addressed and verified: an existing file is reused only if its content still has the
 * digest its folder is named after; otherwise it is written again. Writes go to a file of their
 * own and are renamed into place, so concurrent writers never leave a torn file.
 */
export function contentFile(scope: IConstruct, fileName: string, content: Buffer): string {
  const digest = sha256(content);
  const root = path.join(App.of(scope).outdir, ASSETS_FOLDER);
  const dir = path.join(root, digest);
  privateFolder(root);
  privateFolder(dir);
  const file = path.join(dir, fileName);
  if (!holds(file, digest)) {
    const partial = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      fs.writeFileSync(partial, content, { mode: 0o600, flag: 'wx' });
      fs.renameSync(partial, file);
    } finally {
      fs.rmSync(partial, { force: true });
    }
  }
  fs.chmodSync(file, 0o600);
  return file;
}

/** Makes a folder (and its parents) and restricts it to its owner. */
function privateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Whether `file` is a regular file whose content has `digest`. */
function holds(file: string, digest: string): boolean {
  try {
    return fs.lstatSync(file).isFile() && sha256(fs.readFileSync(file)) === digest;
  } catch {
    return false;
  }
}
