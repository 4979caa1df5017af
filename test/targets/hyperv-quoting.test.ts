import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  Credentials, Disk, Drive, GuestInit, GuestOs, HaCluster, HypervTarget, HypervTargetProps, Image, NetworkConnectivity, Nic, ReplicaPair,
  ReplicationMode, Size, Storage, Vendor, VirtualMachine, VirtualNetwork,
} from '../../src';
import { LOCK_FILE_CONTEXT } from '../../src/targets/cluster-placement';
import { HOSTILE, PROPERTIES, synthesize, templateLiteral } from '../security-of-output/hostile';
import { newStack, synth } from '../util';
import { designError } from './hyperv-everyday-helpers';

/*
 * The hyperv provider writes its attributes into the PowerShell it runs on the hosts between single
 * quotes without escaping them, and expands the paths of ISO files as double-quoted strings: every
 * user string that reaches such an attribute is checked, and refused with a DesignError that names
 * the construct, the value, what is allowed and the way out.
 */

/** The values of a design that reaches every attribute the provider writes into its PowerShell. */
interface Values {
  vmDirectory: string;
  imageDirectory: string;
  images: string;
  imageSource: string;
  switchName: string;
  adapter: string;
  storage: string;
  iso: string;
  existingNetwork: string;
  networkName: string;
  notes: string;
  tag: string;
  checkpointLocation: string;
}

const BENIGN: Values = {
  vmDirectory: 'C:\\Hyper-V\\R&D VMs',
  imageDirectory: '\\\\files\\D$\\Images',
  images: 'E:\\Golden images\\ubuntu (24.04).vhdx',
  imageSource: 'w2022-core',
  switchName: 'uplink',
  adapter: 'Ethernet 2',
  storage: 'F:\\Fast',
  iso: 'G:\\ISO',
  existingNetwork: 'VM Network (corp)',
  networkName: 'lab',
  notes: 'owned by payments; see $(runbook) and `x` "quoted"',
  tag: 'payments & shop',
  checkpointLocation: 'D:\\Checkpoints',
};

/** A stack with that design on Hyper-V: a VM with every setting that reaches a provider attribute, a replica pair with a checkpoint. */
function design(values: Partial<Values> = {}, targetProps: Partial<HypervTargetProps> = {}): TerraformStack {
  const v = { ...BENIGN, ...values };
  const stack = newStack();
  stack.node.setContext(LOCK_FILE_CONTEXT, false);
  const target = new HypervTarget(stack, 'target', {
    hosts: [{ name: 'hv1' }, { name: 'hv2' }],
    credentials: Credentials.fromVariables(),
    remotePowerShell: true,
    vmDirectory: v.vmDirectory,
    imageDirectory: v.imageDirectory,
    images: { 'ubuntu-24.04': v.images },
    imageSources: { windows: Image.template(v.imageSource) },
    externalSwitch: { name: v.switchName, adapters: [v.adapter] },
    storageLocations: { fast: v.storage },
    isoDirectory: v.iso,
    ...targetProps,
  });
  const app = new VirtualNetwork(stack, 'app', { target });
  const lab = new VirtualNetwork(stack, 'lab', { target, name: v.networkName, connectivity: NetworkConnectivity.ISOLATED });
  const corp = new VirtualNetwork(stack, 'corp', { target, name: v.existingNetwork, existing: true });
  new VirtualMachine(stack, 'web1', {
    target,
    host: 'hv1',
    cpus: 2,
    memory: Size.gibibytes(4),
    image: Image.template('ubuntu-24.04'),
    guestOs: GuestOs.UBUNTU_24_04,
    nics: [Nic.on(app), Nic.on(lab), Nic.on(corp)],
    storage: Storage.named('fast'),
    disks: [Disk.data(Size.gibibytes(10), { name: 'logs' })],
    drives: [Drive.iso('tools/virtio.iso')],
    notes: v.notes,
    tags: { team: v.tag },
    guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }),
  });
  new VirtualMachine(stack, 'dc1', {
    target, host: 'hv2', cpus: 2, memory: Size.gibibytes(4), image: Image.template('windows'), guestOs: GuestOs.WINDOWS_SERVER_2022,
  });
  const cluster = new HaCluster(stack, 'prod', {
    target, hosts: ['hv1', 'hv2'], hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) }, acknowledgeNoHostFailover: true,
  });
  new ReplicaPair(stack, 'orders', {
    cluster,
    mode: ReplicationMode.GUEST,
    checkpoint: { name: 'pre-maintenance', location: v.checkpointLocation },
    vm: { cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu-24.04'), guestOs: GuestOs.UBUNTU_24_04 },
  });
  return stack;
}

describe('Hyper-V: values the provider writes into its PowerShell', () => {
  test('a design without quotes keeps every value as written', () => {
    const out = synth(design());
    const vm = out.resource.hyperv_machine_instance.web1;
    expect(vm.path).toBe('F:\\Fast');
    expect(out.resource.hyperv_machine_instance.dc1.path).toBe('C:\\Hyper-V\\R&D VMs');
    expect(vm.notes).toBe('owned by payments; see $(runbook) and `x` "quoted"\nteam=payments & shop');
    expect(vm.network_adaptors.map((a: any) => a.switch_name)).toEqual([
      '${hyperv_network_switch.target_external_hv1.name}', '${hyperv_network_switch.lab_hv1.name}', '${data.hyperv_network_switch.corp_hv1.name}',
    ]);
    expect(vm.dvd_drives.map((d: any) => d.path)).toEqual(['${hyperv_iso_image.web1_cidata.destination_iso_file_path}', 'G:\\ISO\\tools\\virtio.iso']);
    expect(out.resource.hyperv_machine_instance.orders_primary.snapshot_file_location).toBe('D:\\Checkpoints');
    expect(out.resource.hyperv_vhd.web1_os).toMatchObject({ path: 'F:\\Fast\\web1\\os.vhdx', parent_path: 'E:\\Golden images\\ubuntu (24.04).vhdx' });
    expect(out.resource.hyperv_vhd.web1_logs.path).toBe('F:\\Fast\\web1\\logs.vhdx');
    expect(out.resource.hyperv_vhd.dc1_os.parent_path).toBe('\\\\files\\D$\\Images\\w2022-core.vhdx');
    expect(out.resource.hyperv_iso_image.web1_cidata.destination_iso_file_path).toBe('F:\\Fast\\web1\\cidata.iso');
    expect(out.resource.hyperv_network_switch.lab_hv1.name).toBe('lab');
    expect(out.resource.hyperv_network_switch.target_external_hv1).toMatchObject({ name: 'uplink', net_adapter_names: ['Ethernet 2'] });
    expect(out.data.hyperv_network_switch.corp_hv1.name).toBe('VM Network (corp)');
  });

  test.each<[string, Partial<Values>, string, RegExp, RegExp]>([
    ['vmDirectory', { vmDirectory: "C:\\Bob's VMs" }, 'test/target', /The vmDirectory holds a quote \('\)/, /vmDirectory as a plain folder/],
    ['vmDirectory, a typographic quote', { vmDirectory: 'C:\\Bob\u2019s VMs' }, 'test/target', /The vmDirectory holds a quote \(\u2019\)/, /plain folder/],
    ['vmDirectory, PowerShell code', { vmDirectory: 'C:\\VMs\\$(Stop-Computer)' }, 'test/target', /holds a \$ that does not end a share name/, /plain folder/],
    ['vmDirectory, a variable', { vmDirectory: 'C:\\$env:TEMP' }, 'test/target', /holds a \$ that does not end a share name/, /plain folder/],
    ['vmDirectory, a backtick', { vmDirectory: 'C:\\VMs`n' }, 'test/target', /holds a backtick/, /plain folder/],
    ['vmDirectory, a wildcard', { vmDirectory: 'C:\\VMs[1]' }, 'test/target', /holds a wildcard bracket \(\[\)/, /plain folder/],
    ['vmDirectory, beyond ASCII', { vmDirectory: 'C:\\M\u00fcller' }, 'test/target', /holds a character beyond ASCII \(U\+00FC\)/, /plain folder/],
    ['imageDirectory', { imageDirectory: "D:\\x'+$(whoami)+'" }, 'test/target', /The imageDirectory holds a quote/, /imageDirectory as a plain folder/],
    ['images', { images: "E:\\it's.vhdx" }, 'test/target', /The images\.ubuntu-24\.04 holds a quote/, /full path of the parent VHDX/],
    ['an image source\'s template name', { imageSource: "w2022'core" }, 'test/target', /The imageSources\.windows holds a quote/, /plain name/],
    ['externalSwitch.name', { switchName: "up'link" }, 'test/target', /The externalSwitch\.name holds a quote/, /Rename-VMSwitch/],
    ['externalSwitch.adapters', { adapter: 'Ethernet \u201a2' }, 'test/target', /The externalSwitch\.adapters holds a quote \(\u201a\)/, /Rename-NetAdapter/],
    ['a storage location, beyond ASCII', { storage: 'F:\\Schnell\u00df' }, 'test/target', /storageLocations\.fast holds a character beyond ASCII/, /plain folder/],
    ['the ISO folder, a variable', { iso: 'G:\\$x' }, 'test/target', /isoDirectory holds a \$ that does not end/, /plain folder/],
    ['an existing network', { existingNetwork: "Bob's network" }, 'test/corp', /The name of the existing network holds a quote/, /Rename-VMSwitch/],
    ['notes', { notes: "it's" }, 'test/web1', /The notes holds a quote \('\)/, /leave the quotes/],
    ['notes, a character whose bytes read as a quote in an ANSI code page', { notes: 'caf\u00d2' }, 'test/web1',
      /The notes holds a character beyond ASCII \(U\+00D2\)/, /characters beyond ASCII/],
    ['a tag', { tag: 'x\u2018y' }, 'test/web1', /The tag "team" holds a quote/, /leave the quotes/],
    ['checkpoint.location', { checkpointLocation: "D:\\Bob's" }, 'test/orders', /The checkpoint\.location holds a quote/, /folder of the checkpoint files/],
  ])('%s', (_, values, constructPath, message, fix) => {
    const error = designError(() => synth(design(values)));
    expect(error.constructPath).toBe(constructPath);
    expect(error.message).toMatch(message);
    expect(error.value).toBe(JSON.stringify(Object.values(values)[0]));
    expect(error.allowed).toMatch(/printable ASCII/);
    expect(error.fix).toMatch(fix);
  });

  test('a share name may end in $, and a template named in images needs no plain name', () => {
    const out = synth(design({ vmDirectory: '\\\\hv-files\\VMs$', imageSource: "odd'name" }, { images: { 'ubuntu-24.04': 'E:\\u.vhdx', "odd'name": 'E:\\w.vhdx' } }));
    expect(out.resource.hyperv_machine_instance.dc1.path).toBe('\\\\hv-files\\VMs$');
    expect(out.resource.hyperv_vhd.dc1_os).toMatchObject({ path: '\\\\hv-files\\VMs$\\dc1\\os.vhdx', parent_path: 'E:\\w.vhdx' });
  });

  test('a token where the provider takes a value is refused: its value would reach the host unchecked', () => {
    const stack = newStack();
    const dir = new TerraformVariable(stack, 'dir', { type: 'string' }).stringValue;
    const error = designError(() => new HypervTarget(stack, 'target', { hosts: [{ name: 'hv1' }], vmDirectory: dir }));
    expect(error.message).toMatch(/The vmDirectory must be known at synth: the hyperv provider writes it into its PowerShell unescaped/);
    expect(error.value).toBe('${var.dir}');
    const adapter = new TerraformVariable(stack, 'nic', { type: 'string' }).stringValue;
    expect(designError(() => new HypervTarget(stack, 'target2', { hosts: [{ name: 'hv1' }], externalSwitch: { adapters: [adapter] } })).message)
      .toMatch(/The externalSwitch\.adapters must be known at synth/);
  });

  test('the library\'s own scripts refuse a character beyond ASCII, which an ANSI code page would read as a quote', () => {
    const stack = newStack();
    const target = new HypervTarget(stack, 'target', {
      hosts: [{ name: 'hv1' }, { name: 'hv2' }], credentials: Credentials.fromVariables(), remotePowerShell: true, externalSwitch: { adapters: ['e'] },
    });
    new ReplicaPair(stack, 'orders', {
      target,
      mode: ReplicationMode.HYPERVISOR,
      primaryHost: 'hv1',
      replicaHost: 'hv2',
      hypervisorReplication: { storagePath: 'D:\\Replica\u00d2+$(whoami)+\u00d2' },
      vm: { cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu-24.04') },
    });
    const error = designError(() => synth(stack));
    expect(error.constructPath).toBe('test/orders');
    expect(error.message).toMatch(/\(orders-replica-server\) holds a character beyond ASCII \(U\+00D2\): Windows PowerShell reads the script/);
    expect(error.value).toContain('D:\\\\Replica');
  });
});

// ----------------------------------------------------------------------------------------------
// Every hostile string of the corpus, through every Hyper-V property
// ----------------------------------------------------------------------------------------------

/** Attributes that are paths on the hosts: the provider passes them to -Path and expands those of ISO files. */
const PATH_KEYS = new Set(['path', 'parent_path', 'destination_iso_file_path', 'snapshot_file_location', 'smart_paging_file_path']);
/** Attributes of hyperv resources the provider does not write into PowerShell. */
const NOT_POWERSHELL = new Set(['//', 'provider', 'depends_on', 'lifecycle', 'source_zip_file_path', 'source_zip_file_path_hash']);
/** A reference the library writes (`${hyperv_vhd.web1_os.path}`), not preceded by the `$` of an escape. */
const REFERENCE = /(?<!\$)\$\{(data\.)?hyperv_[a-z_]+\.[A-Za-z0-9_-]+(\.[a-z_]+|\[\d+\])+\}/g;

/**
 * What in a synthesized stack the hyperv provider would run: every string of a hyperv resource or
 * data source (the library's references left out, Terraform's escapes undone) that holds a quote,
 * a character beyond printable ASCII, or, in a path, what PowerShell expands or reads as a wildcard.
 */
function providerBreakouts(config: any): string[] {
  const found: string[] = [];
  const visit = (value: unknown, at: string, key: string) => {
    if (typeof value === 'string') {
      const text = templateLiteral(value.replace(REFERENCE, ''));
      // eslint-disable-next-line no-control-regex
      const bad = /['\u2018\u2019\u201a\u201b]|[^\t\n\r\u0020-\u007e]/.test(text)
        || (PATH_KEYS.has(key) && /["`[\]\t\n\r]|\$(?!\\|$)/.test(text));
      if (bad) found.push(`${at}: ${JSON.stringify(text.slice(0, 60))}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${at}[${i}]`, key));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!NOT_POWERSHELL.has(k)) visit(v, `${at}.${k}`, k);
    }
  };
  for (const kind of ['resource', 'data']) {
    for (const [type, blocks] of Object.entries<any>(config[kind] ?? {})) {
      if (type.startsWith('hyperv_')) visit(blocks, `${kind}.${type}`, '');
    }
  }
  return found;
}

describe('Hyper-V: no hostile string reaches a provider attribute in a form the provider would run', () => {
  test('the check finds quotes, characters beyond ASCII and expandable paths, and skips references and escapes', () => {
    expect(providerBreakouts({
      resource: {
        hyperv_vhd: { a: { path: "C:\\x'y", parent_path: '${hyperv_vhd.b.path}', source: 'C:\\$$${x}' } },
        hyperv_machine_instance: { m: { notes: '$(ok) "ok" `ok`', hard_disk_drives: [{ path: 'C:\\a[1]' }], dvd_drives: [{ path: '\\\\s\\D$\\x' }] } },
        terraform_data: { t: { input: "it's not the provider's" } },
      },
      data: { hyperv_network_switch: { n: { name: 'caf\u00e9' } } },
    })).toEqual([
      'resource.hyperv_vhd.a.path: "C:\\\\x\'y"',
      'resource.hyperv_machine_instance.m.hard_disk_drives[0].path: "C:\\\\a[1]"',
      'data.hyperv_network_switch.n.name: "caf\u00e9"',
    ]);
  });

  test('each property given each hostile string: a DesignError, or provider attributes the provider carries as written', () => {
    const breakouts: string[] = [];
    let synthesized = 0;
    for (const property of Object.keys(PROPERTIES[Vendor.HYPERV])) {
      for (const value of HOSTILE) {
        const outcome = synthesize(Vendor.HYPERV, property, value);
        if (outcome.files === undefined) continue;
        synthesized++;
        const config = JSON.parse(outcome.files.get('cdk.tf.json')!.toString('utf8'));
        for (const b of providerBreakouts(config)) breakouts.push(`${property} = ${JSON.stringify(value.slice(0, 30))}: ${b}`);
      }
    }
    expect(breakouts).toEqual([]);
    expect(synthesized).toBeGreaterThan(20);
  });
});
