import * as fs from 'fs';
import * as path from 'path';

/** A place in synthesized output where a secret would be written as a literal. */
export interface SecretLeak {
  readonly file: string;
  readonly path: string;
  readonly value: string;
}

const SECRET_KEY = /(password|passphrase|secret|token|private_key)$/i;
const VARIABLE_REF = /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/;
/** A libvirt secret is referred to by its UUID: an identifier, not the secret's value. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every attribute of a synthesized configuration whose name says it holds a secret must be a
 * reference to a sensitive variable (or the UUID of a libvirt secret); anything else is reported.
 */
export function findSecretLiterals(file: string, config: any): SecretLeak[] {
  const leaks: SecretLeak[] = [];
  const variables = config.variable ?? {};
  const walk = (node: any, at: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${at}[${i}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const here = at ? `${at}.${key}` : key;
        if (SECRET_KEY.test(key) && typeof value === 'string' && !UUID.test(value)) {
          const ref = VARIABLE_REF.exec(value);
          if (!ref || variables[ref[1]]?.sensitive !== true) leaks.push({ file, path: here, value });
        } else {
          walk(value, here);
        }
      }
    }
  };
  walk({ provider: config.provider, resource: config.resource, data: config.data, locals: config.locals }, '');
  return leaks;
}

/** Every `*.json` file below a synth output folder. */
export function synthesizedFiles(outdir: string): string[] {
  return synthesizedTree(outdir).filter((f) => f.endsWith('.json'));
}

/** Every file below a synth output folder. */
export function synthesizedTree(outdir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(outdir);
  return files.sort();
}
