import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Writes generated content to a file that a `TerraformAsset` can copy into the synth output.
 * The folder is named after the content, so the same content always has the same path.
 */
export function contentFile(fileName: string, content: Buffer): string {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 32);
  const dir = path.join(os.tmpdir(), 'cdktf-hypervisor-assets', digest);
  const file = path.join(dir, fileName);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, content);
    fs.renameSync(partial, file);
  }
  return file;
}
