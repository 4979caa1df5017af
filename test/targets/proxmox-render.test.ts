import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  BootDevice, Credentials, Disk, DiskBus, Drive, DrsRule, DrsRuleGroup, Feature, Firmware, GuestInit, GuestOs, HaCluster, HardwareVersion, Image, Nic,
  NetworkConnectivity, ProxmoxApiToken, ProxmoxTarget, ProxmoxTargetProps, ReplicaPair, ReplicationFrequency, ReplicationMode,
  ShareLevel, ShieldedVm, ShieldingLevel, Size, Support, TrafficRole, VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { LOCK_FILE_CONTEXT, LOCK_READ_ONLY_CONTEXT } from '../../src/targets/cluster-placement';
import { designError, newStack, synth } from '../util';

/*
 * The Proxmox VE target: what it renders for a design, and what it refuses with the way out.
 * Every capability cell is checked generically in test/capability-cells.test.ts; these tests check
 * the rendering and the refusals that cell designs do not reach.
 */

const NODES = ['pve1', 'pve2', 'pve3'];
const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

function target(stack: TerraformStack, props: Partial<ProxmoxTargetProps> = {}): ProxmoxTarget {
  return new ProxmoxTarget(stack, 'target', {
    endpoint: 'https://pve1.example.com:8006/',
    credentials: ProxmoxApiToken.fromVariable(),
    nodes: NODES,
    ...props,
  });
}

function cluster(stack: TerraformStack, t: ProxmoxTarget, hosts = NODES): HaCluster {
  return new HaCluster(stack, 'prod', { target: t, hosts, hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) } });
}

/** A VM of the stack's target, or of its cluster. */
function vm(stack: TerraformStack, id: string, props: Partial<VirtualMachineProps>): VirtualMachine {
  const t = props.cluster === undefined ? stack.node.findAll().find((c) => c instanceof ProxmoxTarget) as ProxmoxTarget : undefined;
  return new VirtualMachine(stack, id, {
    cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.UBUNTU_24_04, ...(t && { target: t }), ...props,
  } as VirtualMachineProps);
}

describe('the Proxmox VE target', () => {
  test('one provider for the cluster, the API token from a sensitive variable, TLS verified, snippets over SSH', () => {
    const stack = newStack();
    target(stack);
    const out = synth(stack);
    expect(out.provider.proxmox).toEqual([{
      endpoint: 'https://pve1.example.com:8006/',
      api_token: '${var.proxmox_api_token}',
      insecure: false,
      ssh: { agent: true, username: 'root' },
    }]);
    expect(out.variable.proxmox_api_token).toMatchObject({ sensitive: true, type: 'string' });
    expect(out.terraform.required_providers.proxmox).toEqual({ source: 'bpg/proxmox', version: '0.111.1' });
  });

  test('user and password from variables; a plain object as credentials is refused without its values', () => {
    const stack = newStack();
    target(stack, { credentials: Credentials.fromVariables({ user: 'terraform@pve' }) });
    expect(synth(stack).provider.proxmox[0]).toMatchObject({ username: 'terraform@pve', password: '${var.proxmox_password}' });
    const e = designError(() => target(newStack(), { credentials: { user: 'root@pam', password: 'hunter2' } as any }));
    expect(e.message).not.toContain('hunter2');
    expect(e.message).toContain('PROXMOX_VE_API_TOKEN');
  });

  test('a VM: full clone of the template found by name, every NIC key written, OVMF with enrolled keys, migrate on', () => {
    const stack = newStack();
    const t = target(stack);
    const net = new VirtualNetwork(stack, 'app', { target: t, vlanId: 120, role: TrafficRole.VM });
    vm(stack, 'web1', { host: 'pve2', firmware: Firmware.UEFI, nics: [Nic.on(net, { macAddress: '00:50:56:00:01:10' })] });
    const out = synth(stack);
    const web1 = out.resource.proxmox_virtual_environment_vm.web1;
    expect(web1).toMatchObject({
      name: 'web1',
      node_name: 'pve2',
      migrate: true,
      bios: 'ovmf',
      machine: 'q35',
      boot_order: ['scsi0'],
      efi_disk: { pre_enrolled_keys: true, type: '4m' },
      clone: { full: true, vm_id: '${data.proxmox_virtual_environment_vms.target_template_ubuntu-24_04.vms.0.vm_id}' },
    });
    expect(web1.network_device).toEqual([{
      bridge: '${proxmox_sdn_vnet.app.id}',
      disconnected: null,
      enabled: null,
      firewall: true,
      mac_address: '00:50:56:00:01:10',
      model: 'virtio',
      mtu: null,
      queues: null,
      rate_limit: null,
      trunks: null,
      vlan_id: null,
    }]);
    const lookup = out.data.proxmox_virtual_environment_vms['target_template_ubuntu-24_04'];
    expect(lookup.filter).toEqual([{ name: 'name', values: ['ubuntu-24.04'] }, { name: 'template', values: ['true'] }]);
    expect(lookup.lifecycle.postcondition[0].condition).toBe('${length(self.vms) == 1}');
    expect(out.resource.proxmox_sdn_vnet.app).toMatchObject({ id: 'app', tag: 120, zone: '${proxmox_sdn_zone_vlan.target_zone.id}' });
    expect(web1.depends_on).toEqual(['proxmox_sdn_applier.target_sdn']);
  });

  test('a network name that is no SDN identifier gets a stable hashed vnet ID, its name the alias; an untagged one is the bridge', () => {
    const stack = newStack();
    const t = target(stack, { bridge: 'vmbr1' });
    const net = new VirtualNetwork(stack, 'replication', { target: t, vlanId: 30 });
    const flat = new VirtualNetwork(stack, 'flat', { target: t });
    vm(stack, 'v', { host: 'pve1', nics: [Nic.on(net), Nic.on(flat)] });
    const out = synth(stack);
    const vnet = out.resource.proxmox_sdn_vnet.replication;
    expect(vnet.id).toMatch(/^n[0-9a-f]{7}$/);
    expect(vnet.alias).toBe('replication');
    expect(Object.keys(out.resource.proxmox_sdn_vnet)).toEqual(['replication']);
    expect(out.resource.proxmox_virtual_environment_vm.v.network_device[1]).toMatchObject({ bridge: 'vmbr1', vlan_id: null });
  });

  test('refuses an isolated network without a VLAN, and an existing network whose name is no interface name', () => {
    const stack = newStack();
    const t = target(stack);
    new VirtualNetwork(stack, 'iso', { target: t, connectivity: NetworkConnectivity.ISOLATED });
    expect(designError(() => synth(stack)).message).toContain('VLAN of its own');
    const stack2 = newStack();
    const t2 = target(stack2);
    const bad = new VirtualNetwork(stack2, 'bad', { target: t2, existing: true, name: 'vmbr0${file("/etc/passwd")}' });
    vm(stack2, 'v', { host: 'pve1', nics: [Nic.on(bad)] });
    expect(designError(() => synth(stack2)).message).toContain('no Linux bridge name Proxmox VE takes');
  });

  test('cloud-init user and meta data as snippets on every node an HA VM may start on; addresses per NIC', () => {
    const stack = newStack();
    const t = target(stack);
    const net = new VirtualNetwork(stack, 'app', { target: t, vlanId: 120 });
    vm(stack, 'web1', {
      cluster: cluster(stack, t),
      nics: [
        Nic.on(net, { macAddress: '00:50:56:00:01:10', ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1', dnsServers: ['10.0.0.2'] } }),
        Nic.on(net, { macAddress: '00:50:56:00:01:11' }),
      ],
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\npackages: [nginx]\n' }),
    });
    const out = synth(stack);
    const files = out.resource.proxmox_virtual_environment_file;
    expect(Object.keys(files).sort()).toEqual(
      ['meta-data', 'user-data'].flatMap((k) => NODES.map((n) => `web1_${k}_${n}`)).sort(),
    );
    expect(files['web1_user-data_pve1'].source_raw).toEqual({ data: '#cloud-config\npackages: [nginx]\n', file_name: 'web1.user-data.yaml' });
    const init = out.resource.proxmox_virtual_environment_vm.web1.initialization;
    const node = out.resource.proxmox_virtual_environment_vm.web1.node_name;
    expect(init.user_data_file_id).toBe(`\${proxmox_virtual_environment_file.web1_user-data_${node}.id}`);
    expect(init.ip_config).toEqual([{ ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }, { ipv4: { address: 'dhcp' } }]);
    expect(init.dns).toEqual({ servers: ['10.0.0.2'] });
    // the snippets matter at creation only: a new upload (placement, user data) re-creates no VM
    expect(out.resource.proxmox_virtual_environment_vm.web1.lifecycle.ignore_changes).toEqual([
      'clone', 'initialization[0].user_data_file_id', 'initialization[0].meta_data_file_id', 'initialization[0].network_data_file_id',
    ]);
    // a shared datastore holds one copy
    const stack2 = newStack();
    const t2 = target(stack2, { snippetDatastore: 'cephfs', sharedSnippetDatastore: true });
    vm(stack2, 'web1', { cluster: cluster(stack2, t2), guestInit: GuestInit.hostname('web1') });
    expect(Object.keys(synth(stack2).resource.proxmox_virtual_environment_file).sort()).toEqual(['web1_meta-data', 'web1_user-data']);
  });

  test('a template string in user data stays text in Terraform', () => {
    const stack = newStack();
    target(stack);
    vm(stack, 'v', { host: 'pve1', guestInit: GuestInit.cloudInit({ userData: '#cloud-config\nruncmd: ["echo ${HOME} %{x}"]\n' }) });
    const file = synth(stack).resource.proxmox_virtual_environment_file['v_user-data'];
    expect(file.source_raw.data).toBe('#cloud-config\nruncmd: ["echo $${HOME} %%{x}"]\n');
  });

  test('shielded VMs: TPM v2.0 and the encrypted datastore for every disk and state; refused without one', () => {
    const stack = newStack();
    const t = target(stack, { encryptedDatastore: 'zfs-crypt', datastore: 'ceph-vm' });
    new ShieldedVm(stack, 'dc1', {
      target: t,
      host: 'pve1',
      cpus: 2,
      memory: Size.gibibytes(8),
      image,
      guestOs: GuestOs.WINDOWS_SERVER_2022,
      shielding: ShieldingLevel.ENCRYPTED,
      disks: [Disk.data(Size.gibibytes(20), { name: 'ntds' })],
    });
    const dc1 = synth(stack).resource.proxmox_virtual_environment_vm.dc1;
    expect(dc1.disk.map((d: any) => [d.interface, d.datastore_id])).toEqual([['scsi0', 'zfs-crypt'], ['scsi1', 'zfs-crypt']]);
    expect(dc1.tpm_state).toEqual({ datastore_id: 'zfs-crypt', version: 'v2.0' });
    expect(dc1.efi_disk.datastore_id).toBe('zfs-crypt');
    expect(dc1.operating_system.type).toBe('win11');
    // a protected data disk keeps the VM from being destroyed; the clone source matters at creation only
    expect(dc1.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ['clone'] });
    const stack2 = newStack();
    const t2 = target(stack2);
    new ShieldedVm(stack2, 'dc1', { target: t2, host: 'pve1', cpus: 2, memory: Size.gibibytes(8), image, guestOs: GuestOs.WINDOWS_SERVER_2022, shielding: ShieldingLevel.ENCRYPTED });
    expect(designError(() => synth(stack2)).message).toContain('encryptedDatastore');
  });

  test('disks by bus and slot; a slot beyond the bus, two drives, and a storage name that is no storage ID are refused', () => {
    const stack = newStack();
    target(stack);
    vm(stack, 'v', {
      host: 'pve1',
      disks: [
        Disk.data(Size.gibibytes(10), { name: 'a', slot: 1 }),
        Disk.data(Size.gibibytes(10), { name: 'b', slot: 2, bus: DiskBus.SATA }),
        Disk.data(Size.gibibytes(10), { name: 'c', slot: 1, bus: DiskBus.IDE }),
      ],
      drives: [Drive.iso('virtio-win.iso')],
      bootOrder: [BootDevice.CDROM, BootDevice.DISK],
    });
    const v = synth(stack).resource.proxmox_virtual_environment_vm.v;
    expect(v.disk.map((d: any) => d.interface).sort()).toEqual(['ide0', 'sata2', 'scsi0', 'scsi1']);
    expect(v.cdrom).toEqual({ enabled: true, interface: 'ide3', file_id: 'local:iso/virtio-win.iso' });
    expect(v.boot_order).toEqual(['ide3', 'scsi0']);
    const refused = (props: Partial<VirtualMachineProps>) => {
      const s = newStack();
      target(s);
      vm(s, 'v', { host: 'pve1', ...props });
      return designError(() => synth(s)).message;
    };
    expect(refused({ disks: [Disk.data(Size.gibibytes(1), { slot: 3, bus: DiskBus.IDE })] })).toContain('beyond the last');
    expect(refused({ drives: [Drive.iso('a.iso'), Drive.empty()] })).toContain('one CD/DVD drive');
    expect(refused({ drives: [Drive.iso('tools/virtio.iso')] })).toContain('directly in the iso folder');
    expect(refused({ notes: '€'.repeat(3000) })).toContain('8 KiB');
    expect(refused({ disks: [Disk.data(Size.gibibytes(1), { storage: { kind: 'named', name: 'a"b' } as any })] })).toContain('storage ID');
  });

  test('tags as key.value, notes with disk tags; tags Proxmox VE cannot keep are refused', () => {
    const stack = newStack();
    target(stack);
    vm(stack, 'v', {
      host: 'pve1',
      tags: { env: 'prod', tier: 'web' },
      notes: 'Owner: ${team}',
      disks: [Disk.data(Size.gibibytes(10), { name: 'data', tags: { backup: 'daily' } })],
    });
    const v = synth(stack).resource.proxmox_virtual_environment_vm.v;
    expect(v.tags).toEqual(['env.prod', 'tier.web']);
    expect(v.description).toBe('Owner: $${team}\ndisk data: backup=daily');
    const s = newStack();
    target(s);
    expect(designError(() => {
      vm(s, 'v', { host: 'pve1', tags: { env: 'Prod Line' } });
      synth(s);
    }).message).toContain('<key>.<value>');
  });

  test('CPU weight and limit, machine type, memory hot add, PCI and SEV', () => {
    const stack = newStack();
    target(stack);
    vm(stack, 'v', {
      host: 'pve1',
      cpus: 4,
      cpuShares: ShareLevel.LOW,
      cpuLimit: 50,
      memoryHotAdd: true,
      pciDevices: ['0000:3b:00.0'],
      hardwareVersions: [HardwareVersion.proxmox('pc-q35-9.0')],
    });
    const v = synth(stack).resource.proxmox_virtual_environment_vm.v;
    expect(v.cpu).toMatchObject({ units: 50, limit: 2, numa: true });
    expect(v.machine).toBe('pc-q35-9.0');
    expect(v.hotplug).toBe('network,disk,usb,memory');
    // the provider would send rombar off unless it is set
    expect(v.hostpci).toEqual([{ device: 'hostpci0', id: '0000:3b:00.0', pcie: true, rombar: true }]);
  });

  test('a cluster must span every node; rules Proxmox VE would disable are refused', () => {
    const s1 = newStack();
    const t1 = target(s1);
    vm(s1, 'v', { cluster: cluster(s1, t1, ['pve1', 'pve2']) });
    expect(designError(() => synth(s1)).message).toContain('recovers VMs on any node');

    const refused = (build: (s: TerraformStack, c: HaCluster, vms: VirtualMachine[]) => void) => {
      const s = newStack();
      const t = target(s);
      const c = cluster(s, t);
      const vms = ['a', 'b', 'c', 'd'].map((id) => vm(s, id, { cluster: c }));
      build(s, c, vms);
      return designError(() => synth(s)).message;
    };
    expect(refused((s, c, vms) => new DrsRuleGroup(s, 'r', { cluster: c, vms: vms.slice(0, 2), rule: DrsRule.keepApart(), mandatory: false })))
      .toContain('applies keep-together and keep-apart rules always');
    expect(refused((s, c, vms) => new DrsRuleGroup(s, 'r', { cluster: c, vms, rule: DrsRule.keepApart() }))).toContain('4 VMs apart');
    expect(refused((s, c, vms) => {
      new DrsRuleGroup(s, 'r1', { cluster: c, vms: [vms[0]], rule: DrsRule.runOn(['pve1']) });
      new DrsRuleGroup(s, 'r2', { cluster: c, vms: [vms[0]], rule: DrsRule.notRunOn(['pve3']) });
    })).toContain('one node-affinity rule only');
    expect(refused((s, c, vms) => {
      new DrsRuleGroup(s, 'r1', { cluster: c, vms: vms.slice(0, 2), rule: DrsRule.keepTogether() });
      new DrsRuleGroup(s, 'r2', { cluster: c, vms: vms.slice(0, 2), rule: DrsRule.keepApart() });
    })).toContain('keeps together');
    expect(refused((s, c, vms) => {
      // an HA rule ID starts with a letter
      new DrsRuleGroup(s, '1spread', { cluster: c, vms: vms.slice(0, 2), rule: DrsRule.keepApart() });
      new DrsRuleGroup(s, 'r-1spread', { cluster: c, vms: vms.slice(2, 4), rule: DrsRule.keepApart() });
    })).toContain('would be named "r-1spread"');
  });

  test('a preferred VM-to-host rule is a non-strict node-affinity rule', () => {
    const s = newStack();
    const t = target(s);
    const c = cluster(s, t);
    const a = vm(s, 'a', { cluster: c });
    new DrsRuleGroup(s, 'not-on-3', { cluster: c, vms: [a], rule: DrsRule.notRunOn(['pve3']), mandatory: false });
    const rule = synth(s).resource.proxmox_harule['not-on-3'];
    expect(rule).toMatchObject({ type: 'node-affinity', strict: false, nodes: { pve1: 0, pve2: 0 }, rule: 'not-on-3' });
  });

  describe('hypervisor-mode replica pairs', () => {
    const pair = (s: TerraformStack, c: HaCluster, options: object = {}) => new ReplicaPair(s, 'orders', {
      cluster: c,
      mode: ReplicationMode.HYPERVISOR,
      replicaHost: 'pve2',
      hypervisorReplication: { frequency: ReplicationFrequency.FIFTEEN_MINUTES },
      vm: { cpus: 2, memory: Size.gibibytes(4), image, disks: [Disk.data(Size.gibibytes(50), { name: 'pgdata' })] },
      ...options,
    });

    test('storage replication on the design\'s schedule, the disks on the ZFS datastore', () => {
      const s = newStack();
      const t = target(s, { replication: { datastore: 'local-zfs', rateMegabytesPerSecond: 100 } });
      pair(s, cluster(s, t));
      const out = synth(s);
      expect(out.resource.proxmox_replication.orders).toMatchObject({ schedule: '*/15', rate: 100, target: 'pve2', type: 'local' });
      const primary = out.resource.proxmox_virtual_environment_vm.orders_primary;
      expect(primary.disk.map((d: any) => d.datastore_id)).toEqual(['local-zfs', 'local-zfs']);
    });

    test('refused without a ZFS datastore, at 30 seconds without a schedule, with recovery points without acknowledgement', () => {
      const refused = (props: Partial<ProxmoxTargetProps>, options: object = {}) => {
        const s = newStack();
        pair(s, cluster(s, target(s, props)), options);
        return designError(() => synth(s)).message;
      };
      expect(refused({})).toContain('ZFS');
      const thirty = { hypervisorReplication: { frequency: ReplicationFrequency.THIRTY_SECONDS } };
      expect(refused({ replication: { datastore: 'local-zfs' } }, thirty)).toContain('at most once a minute');
      const points = { hypervisorReplication: { recoveryPoints: 4 } };
      expect(refused({ replication: { datastore: 'local-zfs' } }, points)).toContain('last replicated state only');
      expect(refused({ replication: { datastore: 'local-zfs', schedule: '*/1; rm -rf /' } }, thirty)).toContain('calendar event');
      // accepted when the target chooses
      const s = newStack();
      pair(s, cluster(s, target(s, { replication: { datastore: 'local-zfs', schedule: '*/1', acknowledgeLatestStateOnly: true } })),
        { hypervisorReplication: { frequency: ReplicationFrequency.THIRTY_SECONDS, recoveryPoints: 4 } });
      expect(synth(s).resource.proxmox_replication.orders.schedule).toBe('*/1');
    });
  });

  test('the placement report names the VMs a rebalance moves; every move is a live migration', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pve-lock-'));
    const lock = path.join(dir, 'cdktf-hypervisor.lock.json');
    const build = (rebalance: boolean) => {
      const app = new App({ outdir: path.join(dir, `out-${rebalance}`), context: { [LOCK_FILE_CONTEXT]: lock, [LOCK_READ_ONLY_CONTEXT]: false } });
      const s = new TerraformStack(app, 'proxmox');
      const t = target(s);
      const c = new HaCluster(s, 'prod', { target: t, hosts: NODES, hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) }, rebalance });
      for (const id of ['a', 'b', 'c']) vm(s, id, { cluster: c });
      app.synth();
      return fs.readFileSync(path.join(dir, `out-${rebalance}`, 'stacks', 'proxmox', 'placement.txt'), 'utf8');
    };
    expect(build(false)).toContain('Moves: none');
    // move every VM to pve1 in the lock, then rebalance
    const content = JSON.parse(fs.readFileSync(lock, 'utf8'));
    for (const name of Object.keys(content.stacks.proxmox)) content.stacks.proxmox[name] = 'pve1';
    fs.writeFileSync(lock, JSON.stringify(content, null, 2));
    const report = build(true);
    expect(report).toMatch(/Moves: 2 VMs change node, each migrated live at apply \(migrate = true\):\n {2}[a-c]: pve1 -> pve[23]\n {2}[a-c]: pve1 -> pve[23]/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('refused: a URL image without a size, an image name that is no file name, DNS on a second NIC, a vnet ID taken', () => {
    const refused = (build: (s: TerraformStack, t: ProxmoxTarget) => void) => {
      const s = newStack();
      const t = target(s);
      return designError(() => {
        build(s, t);
        synth(s);
      }).message;
    };
    expect(refused((s) => vm(s, 'v', { host: 'pve1', image: Image.fromUrl('https://example.com/img/noble.qcow2') }))).toContain('8 GB');
    expect(refused((s) => vm(s, 'v', {
      host: 'pve1', osDiskSize: Size.gibibytes(20), image: Image.fromUrl('https://example.com/a/..%2F..%2Fetc%2Fx.qcow2'),
    }))).toMatch(/image name/);
    expect(refused((s, t) => {
      const net = new VirtualNetwork(s, 'app', { target: t, vlanId: 10 });
      vm(s, 'v', {
        host: 'pve1',
        guestInit: GuestInit.hostname('v'),
        nics: [
          Nic.on(net, { macAddress: '00:50:56:00:01:10', ipv4: { address: '10.0.0.5/24', dnsServers: ['10.0.0.2'] } }),
          Nic.on(net, { macAddress: '00:50:56:00:01:11', ipv4: { address: '10.1.0.5/24', dnsServers: ['10.1.0.2'] } }),
        ],
      });
    })).toContain('one DNS configuration');
    expect(refused((s, t) => {
      new VirtualNetwork(s, 'replication', { target: t, vlanId: 10 });
      new VirtualNetwork(s, 'n9b2c0e1', { target: t, vlanId: 11 });
      new VirtualNetwork(s, 'designs', { target: t, vlanId: 12 });
    })).toMatch(/vnet ID "designs" \(its name\) is the ID of the target's SDN zone/);
  });

  test('refused: memory below the dynamic maximum, PCI devices in an HA cluster, UEFI on i440fx, limits of a VM', () => {
    const refused = (props: Partial<VirtualMachineProps>) => {
      const s = newStack();
      const t = target(s);
      return designError(() => {
        vm(s, 'v', props.cluster === undefined && props.host === undefined ? { host: 'pve1', ...props } : { ...props, cluster: cluster(s, t) });
        synth(s);
      }).message;
    };
    expect(refused({ dynamicMemory: { minimum: Size.gibibytes(2), maximum: Size.gibibytes(8) } })).toContain('starts a VM with its maximum memory');
    expect(refused({ cluster: {} as any, pciDevices: ['0000:3b:00.0'] })).toContain('HA would try to');
    expect(refused({ firmware: Firmware.UEFI, hardwareVersions: [HardwareVersion.proxmox('pc-i440fx-9.0')] })).toContain('q35 machine');
    expect(refused({ cpus: 300 })).toContain('more vCPUs than its machine type');
  });

  test('a guest-mode pair over two clusters of one target is refused: they span the same nodes', () => {
    const s = newStack();
    const t = target(s);
    const c1 = cluster(s, t);
    const c2 = new HaCluster(s, 'dr', { target: t, hosts: NODES, hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) } });
    new ReplicaPair(s, 'orders', { cluster: c1, replicaCluster: c2, vm: { cpus: 2, memory: Size.gibibytes(4), image } });
    expect(designError(() => synth(s)).message).toContain('nothing would keep the two VMs on different nodes');
  });

  test('two targets of one stack need their own provider aliases', () => {
    const s = newStack();
    target(s);
    expect(designError(() => new ProxmoxTarget(s, 'second', { endpoint: 'https://pve9.example.com:8006/', nodes: ['pve9'] })).message)
      .toContain('each Proxmox VE cluster of a stack needs a provider of its own');
    const s2 = newStack();
    target(s2, { alias: 'east' });
    new ProxmoxTarget(s2, 'second', { endpoint: 'https://pve9.example.com:8006/', nodes: ['pve9'], alias: 'west' });
    expect(synth(s2).provider.proxmox.map((p: any) => p.alias)).toEqual(['east', 'west']);
  });

  test('supportOf answers from the capability table', () => {
    const t = target(newStack());
    expect(t.supportOf(Feature.AFFINITY_RULES).support).toBe(Support.NATIVE);
    expect(t.supportOf(Feature.CHECKPOINTS).support).toBe(Support.UNSUPPORTED);
    expect(t.supportOf(Feature.ENCRYPTION).support).toBe(Support.EMULATED);
  });
});
