import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import {
  Credentials, DesignError, Disk, GuestOs, DrsRule, DrsRuleGroup, Firmware, GuestInit, HaCluster, HypervKeyProtector, HypervTarget, Image,
  LibvirtTarget, Nic, ReplicaPair, ReplicationMode, ShieldedVm, ShieldingLevel, Size, Target, TrafficRole, Vendor, VirtualMachine,
  VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { LOCK_FILE_CONTEXT } from '../../src/targets/cluster-placement';

/*
 * A design with every user string property of every construct and target, on each vendor, where
 * one property can be given a hostile value; and readers of what synth writes.
 */

/** Every hostile string: Terraform and PowerShell code, quotes, controls, markup, token markers. */
const FULL_CORPUS: readonly string[] = [
  '${file("/etc/hostname")}',
  '%{ for x in y }',
  '$${already}',
  "'+$(Remove-Item C:\\)+'",
  "D:\\Bob's",
  '\u2018quoted\u2019 \u201aalso\u201b',
  'back`tick`$(whoami)',
  '"; rm -rf /',
  'line1\nline2\r\nline3',
  'nul\u0000byte',
  'rtl\u202eoverride',
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  ']]> -->',
  '${TfToken[TOKEN.99999]}',
  '',
];

/**
 * The corpus of `npm test`: the printable attacks of the full corpus in one string, beside the
 * strings that properties refuse or accept one by one (a path with a quote, line breaks, the
 * characters no value may carry, length, token markers, nothing). CI runs the full corpus
 * (`HOSTILE_CORPUS=full`), one string at a time.
 */
const QUICK_CORPUS: readonly string[] = [
  '${file("/etc/hostname")} %{ for x in y } $${already} \'+$(Remove-Item C:\\)+\' \u2018q\u2019 back`tick`$(whoami) "; rm -rf / <script>alert(1)</script> ]]> -->',
  "D:\\Bob's",
  'line1\nline2\r\nline3',
  'nul\u0000byte rtl\u202eoverride',
  'x'.repeat(5000),
  '${TfToken[TOKEN.99999]}',
  '',
];

/** Hostile strings of this run: the quick corpus, or the full one when `HOSTILE_CORPUS=full`. */
export const HOSTILE: readonly string[] = process.env.HOSTILE_CORPUS === 'full' ? FULL_CORPUS : QUICK_CORPUS;

/** The properties a hostile value can be given, per vendor, with the benign value each has. */
export const PROPERTIES: { readonly [vendor in Vendor]: { readonly [property: string]: string } } = {
  [Vendor.VSPHERE]: {
    ...common(),
    'checkpoint.description': 'before maintenance',
    'target.datacenter': 'dc1',
    'target.cluster': 'prod-existing',
    'target.datastore': 'ds1',
    'target.distributedSwitch': 'dvs1',
    'target.encryptionPolicy': 'VM Encryption Policy',
    'target.keyProvider': 'nkp-prod',
    'target.images': 'templates/ubuntu',
    'target.server': 'vc.example.com',
    'target.credentials.user': 'terraform@vsphere.local',
  },
  [Vendor.HYPERV]: {
    ...common(),
    'checkpoint.location': 'D:\\Checkpoints',
    'hypervisorReplication.storagePath': 'D:\\Replica',
    'cluster.migration.subnet': '10.0.20.0/24',
    'target.vmDirectory': 'VMs',
    'target.failoverCluster.sharedVolumePath': 'C:\\ClusterStorage\\Volume1',
    'target.failoverCluster.name': 'HVCLUSTER',
    'target.imageDirectory': 'C:\\Images',
    'target.images': 'C:\\Images\\ubuntu.vhdx',
    'target.externalSwitch.name': 'external',
    'target.externalSwitch.adapters': 'Ethernet 2',
    'target.keyProtector.guardian': 'Owner Guardian',
    'target.host.address': 'hv1.corp.example',
    'target.winrm.caCertPath': '/etc/ssl/hv.pem',
    'target.winrm.tlsServerName': 'hv.corp.example',
    'target.credentials.user': 'CORP\\terraform',
  },
  [Vendor.LIBVIRT]: {
    ...common(),
    'target.storagePool.name': 'default',
    'target.storagePool.path': '/var/lib/libvirt/images',
    'target.bridge.name': 'ovsbr0',
    'target.imageDirectory': '/var/lib/libvirt/base',
    'target.images': '/var/lib/libvirt/base/ubuntu.qcow2',
  },
};

function common(): { [property: string]: string } {
  return {
    'vm.name': 'web1',
    'disk.name': 'data',
    'image.name': 'ubuntu',
    'guestInit.userData': '#cloud-config\npackages: [nginx]\n',
    'guestInit.hostname': 'web1',
    'guestInit.networkConfig': 'version: 2\nethernets: {}\n',
    'hostname.hostname': 'app1',
    'ipv4.address': '10.0.120.21/24',
    'ipv4.gateway': '10.0.120.1',
    'ipv4.dnsServers': '10.0.120.2',
    'ipv4.domain': 'shop.example',
    'network.name': 'app',
    'existingNetwork.name': 'VM Network',
    'cluster.name': 'prod',
    'rule.name': 'spread',
    'pair.name': 'orders',
    'checkpoint.name': 'pre-maintenance',
  };
}

/** What a synth of the design gave: a DesignError, or the files it wrote. */
export interface Outcome {
  readonly error?: DesignError;
  /** File name (relative to the stack's folder) to content. */
  readonly files?: Map<string, Buffer>;
}

/**
 * Synthesizes the design of a vendor with `property` set to `value` (every other property benign).
 */
export function synthesize(vendor: Vendor, property: string, value: string): Outcome {
  const benign = PROPERTIES[vendor];
  const val = (key: string) => (key === property ? value : benign[key]);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  try {
    try {
      const app = Testing.app({ outdir, context: { [LOCK_FILE_CONTEXT]: false } });
      const stack = new TerraformStack(app, 'test');
      build(stack, vendor, val);
      app.synth();
    } catch (e) {
      if (DesignError.isDesignError(e)) return { error: e as DesignError };
      throw e;
    }
    const dir = path.join(outdir, 'stacks', 'test');
    const files = new Map<string, Buffer>();
    const walk = (d: string) => {
      for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, entry.name);
        if (entry.isDirectory()) walk(p);
        else files.set(path.relative(dir, p), fs.readFileSync(p));
      }
    };
    walk(dir);
    return { files };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const HOSTS: { readonly [vendor in Vendor]: string[] } = {
  [Vendor.VSPHERE]: ['esx1.example.com', 'esx2.example.com', 'esx3.example.com'],
  [Vendor.HYPERV]: ['hv1', 'hv2', 'hv3'],
  [Vendor.LIBVIRT]: ['kvm1', 'kvm2', 'kvm3'],
};

function makeTarget(stack: TerraformStack, vendor: Vendor, val: (key: string) => string): Target {
  if (vendor === Vendor.VSPHERE) {
    return new VsphereTarget(stack, 'target', {
      server: val('target.server'),
      datacenter: val('target.datacenter'),
      credentials: Credentials.fromVariables({ user: val('target.credentials.user') }),
      cluster: val('target.cluster'),
      datastore: val('target.datastore'),
      distributedSwitch: val('target.distributedSwitch'),
      encryptionPolicy: val('target.encryptionPolicy'),
      keyProvider: VsphereKeyProvider.named(val('target.keyProvider')),
      images: { ubuntu: val('target.images') },
    });
  }
  if (vendor === Vendor.HYPERV) {
    const shared = val('target.failoverCluster.sharedVolumePath');
    return new HypervTarget(stack, 'target', {
      hosts: HOSTS[vendor].map((name, i) => ({ name, address: i === 0 ? val('target.host.address') : `${name}.corp.example` })),
      credentials: Credentials.fromVariables({ user: val('target.credentials.user') }),
      winrm: { caCertPath: val('target.winrm.caCertPath'), tlsServerName: val('target.winrm.tlsServerName') },
      externalSwitch: { name: val('target.externalSwitch.name'), adapters: [val('target.externalSwitch.adapters')] },
      remotePowerShell: true,
      keyProtector: HypervKeyProtector.guardian(val('target.keyProtector.guardian')),
      failoverCluster: { name: val('target.failoverCluster.name'), sharedVolumePath: shared },
      vmDirectory: `${shared}\\${val('target.vmDirectory')}`,
      imageDirectory: val('target.imageDirectory'),
      images: { ubuntu: val('target.images') },
    });
  }
  return new LibvirtTarget(stack, 'target', {
    hosts: HOSTS[vendor].map((name) => ({ name, uri: `qemu+ssh://root@${name}.example.com/system` })),
    storagePool: { name: val('target.storagePool.name'), path: val('target.storagePool.path') },
    bridge: { name: val('target.bridge.name'), openvswitch: true },
    imageDirectory: val('target.imageDirectory'),
    images: { ubuntu: val('target.images') },
  });
}

function build(stack: TerraformStack, vendor: Vendor, val: (key: string) => string): void {
  const target = makeTarget(stack, vendor, val);
  const hosts = HOSTS[vendor];
  const hyperv = vendor === Vendor.HYPERV;
  const app = new VirtualNetwork(stack, 'app', { target, name: val('network.name'), vlanId: 120 });
  const existing = new VirtualNetwork(stack, 'existing', { target, name: val('existingNetwork.name'), existing: true });
  const migration = new VirtualNetwork(stack, 'migration', { target, vlanId: 20, role: TrafficRole.LIVE_MIGRATION });
  const replication = new VirtualNetwork(stack, 'replication', { target, vlanId: 30, role: TrafficRole.REPLICATION });
  const cluster = new HaCluster(stack, 'prod', {
    target,
    name: val('cluster.name'),
    hosts,
    hostFailuresToTolerate: 1,
    hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) },
    acknowledgeNoHostFailover: true,
    migration: hyperv ? { network: migration, subnet: val('cluster.migration.subnet') } : undefined,
  });
  const image = Image.template(val('image.name'), { size: Size.gibibytes(20) });
  const base = { cluster, cpus: 2, memory: Size.gibibytes(4), image, firmware: Firmware.UEFI, guestOs: GuestOs.UBUNTU_24_04 };
  const web1 = new VirtualMachine(stack, 'web1', {
    ...base,
    name: val('vm.name'),
    disks: [Disk.data(Size.gibibytes(10), { name: val('disk.name') })],
    nics: [Nic.on(app), Nic.on(existing)],
    guestInit: GuestInit.cloudInit({
      userData: val('guestInit.userData'),
      hostname: val('guestInit.hostname'),
      networkConfig: val('guestInit.networkConfig'),
    }),
  });
  const web2 = new VirtualMachine(stack, 'web2', { ...base, nics: [Nic.on(app)] });
  new VirtualMachine(stack, 'app1', {
    ...base,
    nics: [Nic.on(app)],
    guestInit: GuestInit.hostname(val('hostname.hostname'), {
      ipv4: { address: val('ipv4.address'), gateway: val('ipv4.gateway'), dnsServers: [val('ipv4.dnsServers')], domain: val('ipv4.domain') },
    }),
  });
  new DrsRuleGroup(stack, 'spread', { cluster, vms: [web1, web2], rule: DrsRule.keepApart(), name: val('rule.name') });
  new ReplicaPair(stack, 'orders', {
    cluster,
    name: val('pair.name'),
    mode: hyperv ? ReplicationMode.HYPERVISOR : ReplicationMode.GUEST,
    replicaHost: hosts[1],
    replicationNetwork: hyperv ? undefined : replication,
    hypervisorReplication: hyperv ? { storagePath: val('hypervisorReplication.storagePath') } : undefined,
    checkpoint: vendor === Vendor.LIBVIRT ? undefined : {
      name: val('checkpoint.name'),
      description: vendor === Vendor.VSPHERE ? val('checkpoint.description') : undefined,
      location: hyperv ? val('checkpoint.location') : undefined,
    },
    vm: { cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.UBUNTU_24_04, nics: [Nic.on(app)] },
  });
  new ShieldedVm(stack, 'dc1', {
    ...base,
    nics: [Nic.on(app)],
    shielding: hyperv ? ShieldingLevel.HOST_GUARDED : ShieldingLevel.SECURE_BOOT_AND_TPM,
  });
}

// ----------------------------------------------------------------------------------------------
// Readers of the output
// ----------------------------------------------------------------------------------------------

/** Every string in a JSON value. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

/** A Terraform reference the library writes: `var.x`, `data.type.name.attr`, `type.name.attr`, or a `"$"`/`"%"` literal. */
const LIBRARY_EXPRESSION = /^(var\.[A-Za-z0-9_-]+|data\.[a-z0-9_]+\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_]+|\[\d+\])+|[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_]+|\[\d+\])+|"[$%]")$/;

/**
 * The Terraform template expressions of a string (`${...}` and `%{...}` not escaped), each as its
 * inner text; directives as `%{` followed by their text.
 */
export function templateExpressions(s: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if ((s[i] === '$' || s[i] === '%') && s[i + 1] === s[i] && s[i + 2] === '{') {
      i += 2;
      continue;
    }
    if ((s[i] === '$' || s[i] === '%') && s[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      let quoted = false;
      for (; j < s.length; j++) {
        const c = s[j];
        if (quoted) {
          if (c === '\\') j++;
          else if (c === '"') quoted = false;
        } else if (c === '"') {quoted = true;} else if (c === '{') {depth++;} else if (c === '}' && --depth === 0) {break;}
      }
      found.push((s[i] === '%' ? '%{' : '') + s.slice(i + 2, j));
      i = j;
    }
  }
  return found;
}

/** The expressions of a string that are not the library's own references. */
export function foreignExpressions(s: string): string[] {
  return templateExpressions(s).filter((e) => !LIBRARY_EXPRESSION.test(e));
}

/** A Terraform template's text with its escapes undone (`$${` → `${`, `%%{` → `%{`). */
export function templateLiteral(s: string): string {
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** The PowerShell scripts of a stack, by resource name, as the hosts receive them. */
export function scriptsOf(config: any): Map<string, string> {
  const scripts = new Map<string, string>();
  for (const [name, body] of Object.entries<any>(config.resource?.terraform_data ?? {})) {
    for (const p of body.provisioner ?? []) {
      if (p.file?.content !== undefined) scripts.set(name, templateLiteral(p.file.content));
    }
  }
  return scripts;
}

/**
 * A PowerShell script with the content of each single-quoted string literal replaced by `S`:
 * its structure as PowerShell reads it. Typographic single quotes end literals as ASCII ones do;
 * a doubled quote stays in the literal.
 */
export function powershellSkeleton(script: string): { skeleton: string; literals: string[] } {
  const quote = /['\u2018\u2019\u201a\u201b]/;
  const literals: string[] = [];
  let out = '';
  let i = 0;
  let inComment = false;
  let inDouble = false;
  while (i < script.length) {
    const c = script[i];
    if (inComment) {
      if (c === '\n') inComment = false;
      out += c;
      i++;
      continue;
    }
    if (inDouble) {
      if (c === '`') {
        out += script.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') inDouble = false;
      out += c;
      i++;
      continue;
    }
    if (c === '#') inComment = true;
    if (c === '"') inDouble = true;
    if (quote.test(c) && !inComment) {
      let j = i + 1;
      let text = '';
      for (; j < script.length; j++) {
        if (quote.test(script[j])) {
          if (quote.test(script[j + 1] ?? '')) {
            text += script[j];
            j++;
            continue;
          }
          break;
        }
        text += script[j];
      }
      literals.push(text);
      out += "'S'";
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return { skeleton: out, literals };
}

/** The files of a stored (uncompressed) zip archive. */
export function unzipStored(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    const size = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const name = zip.toString('utf8', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    files.set(name, zip.toString('utf8', start, start + size));
    offset = start + size;
  }
  return files;
}

/**
 * A Markdown text with every code span replaced by `C` (a span is fenced by a run of backticks and
 * closed by a run of the same length).
 */
export function markdownSkeleton(md: string): string {
  return md.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, 'C');
}

/** A Mermaid diagram with labels as `L` and IDs as `w`: its structure. */
export function mermaidSkeleton(mmd: string): string {
  return mmd.split('\n').filter((l) => !l.trim().startsWith('%%')).join('\n')
    .replace(/"[^"\n]*"/g, 'L')
    .replace(/[A-Za-z0-9_]+/g, 'w');
}
