import { IConstruct } from 'constructs';
import { DesignError } from './errors';
import { GuestInit, GuestInitKind } from './guest-init';
import { Vendor } from './vendor';

/*
 * Finds secrets in cloud-init documents (user data, network config): passwords, password lists
 * and private keys. A finding names the line and the key, never the value.
 */

/** A secret found in a document. */
export interface SecretInDocument {
  /** The line (from 1) it is on. */
  readonly line: number;
  /** What it is, e.g. `key "passwd"` or `a private key (BEGIN OPENSSH PRIVATE KEY)`. */
  readonly what: string;
}

/**
 * Keys whose value is a password: cloud-init's default user (`password`), `users` entries
 * (`passwd`, `plain_text_passwd`, `hashed_passwd`), `chpasswd.users` entries and netplan Wi-Fi and
 * 802.1X authentication (`password`), and cloudbase-init's administrator password (`admin_pass`).
 */
const PASSWORD_KEYS = new Set(['password', 'passwd', 'plain_text_passwd', 'hashed_passwd', 'admin_pass']);
/** `ssh_keys` host keys: `rsa_private`, `ecdsa_private`, `ed25519_private`, `dsa_private`. */
const PRIVATE_KEY_KEY = /^[a-z0-9]+_private$/;

/** Text that is a secret wherever it appears. */
const SECRET_TEXT: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY( BLOCK)?-----/, (m) => `a private key (BEGIN ${m[1]}PRIVATE KEY${m[2] ?? ''})`],
  [/PuTTY-User-Key-File-\d/, () => 'a PuTTY private key'],
  // Windows: a PowerShell script that makes a password from plain text, an unattend answer file's password
  [/ConvertTo-SecureString\b[^\n]*-AsPlainText/i, () => 'a plain-text password (ConvertTo-SecureString -AsPlainText)'],
  [/<(AdministratorPassword|Password)>/, (m) => `an unattend <${m[1]}> element`],
];

/**
 * A mapping key and what follows its colon: a quoted key (JSON, YAML flow) or a plain key after
 * the start of the line, a blank or a flow mapping's `{`/`,`, followed by a blank.
 */
const KEY = /(?:["']([A-Za-z0-9_]+)["']\s*:|(?:^|(?<=[\s{,]))([A-Za-z0-9_]+):(?=\s|$))(?=[ \t]*([^,}\n]*))/g;

/** A token of the CDK in string form: a reference resolved at apply, not a literal secret. */
const TOKEN = /\$\{TfToken\[/;

/** Whether the value after a key's colon holds something (a scalar, or `|`/`>` starting a block). */
function holdsValue(value: string): boolean {
  const v = value.replace(/\s+#.*$/, '').trim();
  return v !== '' && !['null', '~', "''", '""', '[]', '{}'].includes(v) && !TOKEN.test(v);
}

/**
 * The secrets in a cloud-init document (YAML or JSON, with or without its `#cloud-config`
 * header), in line order. Values that are tokens (references resolved at apply) are not secrets
 * of the document.
 */
export function findSecretsInDocument(text: string): SecretInDocument[] {
  const found: SecretInDocument[] = [];
  const lines = text.split(/\r?\n/);
  // the indentation of the open `chpasswd:` block, whose `list` is a list of user:password pairs
  let chpasswdIndent: number | undefined;
  lines.forEach((line, i) => {
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (chpasswdIndent !== undefined && indent <= chpasswdIndent && !/^\s*-/.test(line)) chpasswdIndent = undefined;
    for (const [pattern, describe] of SECRET_TEXT) {
      const m = pattern.exec(line);
      if (m) found.push({ line: i + 1, what: describe(m) });
    }
    // a flow mapping or JSON keeps its context on one line: `chpasswd` then `list` on it is a password list
    const onLine: string[] = [];
    for (const m of line.matchAll(KEY)) {
      const key = m[1] ?? m[2];
      const value = m[3];
      onLine.push(key);
      if (key === 'chpasswd') {
        chpasswdIndent = indent;
      } else if (PASSWORD_KEYS.has(key) || PRIVATE_KEY_KEY.test(key)) {
        if (holdsValue(value)) found.push({ line: i + 1, what: `key "${key}"` });
      } else if (key === 'list' && (chpasswdIndent !== undefined || onLine.includes('chpasswd'))) {
        if (holdsValue(value) || value.trim() === '') found.push({ line: i + 1, what: 'key "chpasswd.list"' });
      }
    }
  });
  return found;
}

/** Where each vendor writes cloud-init documents. */
const WRITTEN_INTO: { readonly [vendor in Vendor]: string } = {
  [Vendor.VSPHERE]: 'the synthesized cdk.tf.json (base64 in the VM\'s extra_config) and the Terraform state',
  [Vendor.LIBVIRT]: 'the synthesized cdk.tf.json (the libvirt_cloudinit_disk) and the Terraform state',
  [Vendor.HYPERV]: 'the cidata ISO, which is built at synth and kept in the synth output and on the host',
  [Vendor.PROXMOX]: 'the synthesized cdk.tf.json and a snippet file on the node\'s storage (the user data of `proxmox_virtual_environment_file`) and the Terraform state',
};

/** How to keep the secrets of a document out of the output on each vendor. */
function wayOut(vendor: Vendor, option: string): string {
  const accept = 'or set allowSecretsInOutput: true to accept them in the output';
  if (vendor === Vendor.HYPERV) {
    return 'Hyper-V cannot keep cloud-init data out of the output (the cidata ISO is built at synth, so a token cannot be used): '
      + 'leave the secrets out (a public key in ssh_authorized_keys instead of a password; fetch other secrets at first boot), '
      + accept;
  }
  return `give ${option} as a token resolved at apply, e.g. ${option}: new TerraformVariable(stack, 'web_${option === 'userData' ? 'user_data' : 'network_config'}', `
    + '{ type: \'string\', sensitive: true }).stringValue (or reference only the secret with a token inside the text), ' + accept;
}

/**
 * Refuses cloud-init user data or network config holding secrets, unless the design accepts them
 * explicitly (`allowSecretsInOutput`). The error names the line and the key, never the value.
 */
export function checkSecretsInGuestInit(scope: IConstruct, init: GuestInit, vendor: Vendor): void {
  if (init.kind !== GuestInitKind.CLOUD_INIT || init.allowSecretsInOutput) return;
  const documents: Array<[string, string, string | undefined]> = [
    ['user data', 'userData', init.userData],
    ['network config', 'networkConfig', init.networkConfig],
  ];
  for (const [what, option, text] of documents) {
    const found = text === undefined ? [] : findSecretsInDocument(text);
    if (found.length === 0) continue;
    throw new DesignError(scope, {
      problem: `The cloud-init ${what} holds secrets, which would be written into ${WRITTEN_INTO[vendor]}: `
        + `${found.map((f) => `line ${f.line}, ${f.what}`).join('; ')}.`,
      fix: wayOut(vendor, option),
    });
  }
}
