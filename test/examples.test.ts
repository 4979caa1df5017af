import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { findSecretLiterals, synthesizedFiles, synthesizedTree } from './secrets';
import { buildExampleApp } from '../examples/app';
import { GENERATED_PROVIDERS } from '../projenrc/provider-bindings';
import { FindingStatus, HaCluster, Image, Nic, SecurityBaseline, Size, VirtualMachine, VirtualNetwork } from '../src';
import { LOCK_FILE_CONTEXT, LOCK_FILE_NAME, LOCK_READ_ONLY_CONTEXT } from '../src/targets/cluster-placement';
import { TOPOLOGY_FILE } from '../src/targets/report';

const COMMITTED_LOCK = path.join(__dirname, '..', 'examples', LOCK_FILE_NAME);

/**
 * Synthesizes the example as `npm run synth` does: with a copy of the committed placement lock.
 *
 * @param change alters the design before it is synthesized
 */
function synthExample(change?: { omit?: string[]; add?: (app: App) => void }): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-'));
  const lock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'example-lock-')), LOCK_FILE_NAME);
  fs.copyFileSync(COMMITTED_LOCK, lock);
  const app = buildExampleApp(outdir, { [LOCK_FILE_CONTEXT]: lock, [LOCK_READ_ONLY_CONTEXT]: false }, { omit: change?.omit });
  change?.add?.(app);
  app.synth();
  if (change === undefined) expect(fs.readFileSync(lock, 'utf8')).toBe(fs.readFileSync(COMMITTED_LOCK, 'utf8'));
  return outdir;
}

/** Every resource and data source of a stack, by `type.name`. */
function elements(outdir: string, name: string): Map<string, any> {
  const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  const all = new Map<string, any>();
  for (const kind of ['resource', 'data']) {
    for (const [type, instances] of Object.entries<any>(config[kind] ?? {})) {
      for (const [id, body] of Object.entries<any>(instances)) all.set(`${kind}.${type}.${id}`, body);
    }
  }
  return all;
}

function vsphereBindingVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(require.resolve('@cdktf/provider-vsphere/package.json'), 'utf8'));
  return pkg.cdktf.provider.version;
}

function stack(outdir: string, name: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
}

describe('the example app', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = synthExample();
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('writes one stack per vendor', () => {
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(['hyperv', 'libvirt', 'proxmox', 'vsphere']);
  });

  test('each stack names its provider source and the version its bindings come from', () => {
    const versions: Record<string, { source: string; version: string }> = {
      vsphere: { source: 'vmware/vsphere', version: vsphereBindingVersion() },
    };
    for (const p of GENERATED_PROVIDERS) versions[p.name] = { source: `${p.namespace}/${p.name}`, version: p.version };
    for (const name of ['vsphere', 'hyperv', 'libvirt', 'proxmox']) {
      expect(stack(outdir, name).terraform.required_providers).toEqual({ [name]: versions[name] });
    }
    expect(versions.vsphere.version).toBe('2.15.0');
  });

  test('the vSphere stack has one provider, the two-host stacks two aliases each', () => {
    expect(stack(outdir, 'vsphere').provider.vsphere).toHaveLength(1);
    expect(stack(outdir, 'hyperv').provider.hyperv.map((p: any) => p.alias)).toEqual(['hv1', 'hv2', 'hv3']);
    expect(stack(outdir, 'libvirt').provider.libvirt.map((p: any) => p.alias)).toEqual(['kvm1', 'kvm2', 'kvm3']);
  });

  test('no synthesized file holds a secret literal', () => {
    const files = synthesizedFiles(outdir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const leaks = files.flatMap((f) => findSecretLiterals(f, JSON.parse(fs.readFileSync(f, 'utf8'))));
    expect(leaks).toEqual([]);
    // the checker itself must see a password where there is one
    expect(stack(outdir, 'hyperv').provider.hyperv[0].password).toBe('${var.hyperv_password}');
  });

  test('is byte-identical when synthesized again, assets included', () => {
    const again = synthExample();
    try {
      const files = (dir: string) => synthesizedTree(dir).map((f) => path.relative(dir, f));
      expect(files(again)).toEqual(files(outdir));
      expect(files(outdir).some((f) => f.endsWith('cidata.zip'))).toBe(true);
      for (const file of files(outdir)) {
        expect({ file, same: fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(outdir, file))) })
          .toEqual({ file, same: true });
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  test.each([
    ['vsphere', 'vsphere_virtual_machine'],
    ['hyperv', 'hyperv_machine_instance'],
    ['libvirt', 'libvirt_domain'],
  ])('the %s stack has a topology diagram that names every VM of its %s resources', (name, type) => {
    const file = path.join(outdir, 'stacks', name, TOPOLOGY_FILE);
    expect(fs.existsSync(file)).toBe(true);
    const diagram = fs.readFileSync(file, 'utf8');
    expect(diagram.startsWith('flowchart ')).toBe(true);
    const vmNames: string[] = Object.values<any>(stack(outdir, name).resource[type]).map((vm) => vm.name).sort();
    expect(vmNames.length).toBeGreaterThanOrEqual(designed.length);
    // each VM is one node, labelled with its name (and its shielding, if any)
    const drawn = [...diagram.matchAll(/^\s+[A-Za-z0-9_]+_vm_[A-Za-z0-9_]+\["([^" ]+)(?: \[shielded: [^\]]+\])?"\]$/gm)].map((m) => m[1]).sort();
    expect(drawn).toEqual(vmNames);
  });

  test.each(['vsphere', 'hyperv', 'libvirt', 'proxmox'])('the %s stack passes the security baseline with its documented suppressions', (name) => {
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, SecurityBaseline.REPORT_FILE), 'utf8'));
    expect(report.summary.nonCompliant).toBe(0);
    expect(report.summary.compliant).toBeGreaterThan(40);
    const suppressed = report.findings.filter((f: any) => f.status === FindingStatus.SUPPRESSED);
    // db1's BIOS image (no Secure Boot) and disk encryption left to the storage array
    // and, on libvirt, interfaces on Open vSwitch ports, which libvirt cannot filter
    expect([...new Set(suppressed.map((f: any) => `${f.rule}: ${f.suppressionReason}`))].sort()).toEqual([
      ...(name === 'libvirt' ? ['HVSEC-LIBVIRT-1: Open vSwitch on the hosts enforces port security with flow rules; libvirt cannot filter OVS ports'] : []),
      'HVSEC-VM-1: The database image is a legacy BIOS build; Secure Boot needs UEFI firmware',
      'HVSEC-VM-3: Disks of the other VMs sit on the storage array\'s self-encrypting drives',
    ]);
    expect(suppressed.filter((f: any) => f.rule === 'HVSEC-VM-1').map((f: any) => f.path)).toEqual([expect.stringMatching(new RegExp(`^${name}/db1/`))]);
  });

  test('the Proxmox VE stack has one HA rule per rule group of the design, of the kind the group asks for', () => {
    const out = stack(outdir, 'proxmox');
    const rules = out.resource.proxmox_harule;
    // the design's three rule groups and the replica pair's own, which keeps its primary off the replica server
    expect(Object.keys(rules).sort()).toEqual(['app-cache', 'db-storage-host', 'orders_apart', 'web-spread']);
    const vm = (name: string) => `vm:\${proxmox_virtual_environment_vm.${name}.vm_id}`;
    expect(rules['web-spread']).toMatchObject({ type: 'resource-affinity', affinity: 'negative', resources: ['web1', 'web2', 'web3'].map(vm) });
    expect(rules['app-cache']).toMatchObject({ type: 'resource-affinity', affinity: 'positive', resources: ['app1', 'cache1'].map(vm) });
    expect(rules['db-storage-host']).toMatchObject({ type: 'node-affinity', strict: true, nodes: { pve3: 0 }, resources: [vm('db1')] });
    // Proxmox VE recovers the replicated primary on the replica node only, where its disks are
    const replication = out.resource.proxmox_replication.orders;
    const primaryNode = out.resource.proxmox_virtual_environment_vm.orders_primary.node_name;
    expect(replication).toMatchObject({ id: '${proxmox_virtual_environment_vm.orders_primary.vm_id}-0', target: 'pve2', schedule: '*/1', type: 'local' });
    expect(rules.orders_apart).toMatchObject({ type: 'node-affinity', strict: true, nodes: { [primaryNode]: 0, pve2: 0 } });
    expect(primaryNode).not.toBe('pve2');
    // every rule waits for the HA resources of its VMs; every VM of the cluster is one
    for (const rule of Object.values<any>(rules)) {
      expect(rule.depends_on).toEqual(rule.resources.map((r: string) => `proxmox_haresource.${/vm\.([A-Za-z0-9_-]+)\.vm_id/.exec(r)![1]}`));
    }
    expect(Object.keys(out.resource.proxmox_haresource).sort()).toEqual(Object.keys(out.resource.proxmox_virtual_environment_vm).sort());
    // the placement engine honours the rules on the nodes it chose first
    const vms = out.resource.proxmox_virtual_environment_vm;
    expect(new Set(['web1', 'web2', 'web3'].map((n) => vms[n].node_name)).size).toBe(3);
    expect(vms.app1.node_name).toBe(vms.cache1.node_name);
    expect(vms.db1.node_name).toBe('pve3');
  });

  test('the Proxmox VE stack encrypts the domain controller on the encrypted datastore and migrates over the migration subnet', () => {
    const out = stack(outdir, 'proxmox');
    const dc1 = out.resource.proxmox_virtual_environment_vm.dc1;
    expect(dc1.disk.map((d: any) => d.datastore_id)).toEqual(['zfs-crypt', 'zfs-crypt']);
    expect(dc1.efi_disk).toMatchObject({ datastore_id: 'zfs-crypt', pre_enrolled_keys: true });
    expect(dc1.tpm_state).toEqual({ datastore_id: 'zfs-crypt', version: 'v2.0' });
    expect(out.resource.proxmox_virtual_environment_vm.web1.disk[0].datastore_id).toBe('ceph-vm');
    expect(Object.values<any>(out.resource.proxmox_cluster_options)).toEqual([
      expect.objectContaining({ migration_cidr: '10.0.20.0/24', migration_type: 'secure' }),
    ]);
    // every VM moves by live migration when its placement changes
    for (const vm of Object.values<any>(out.resource.proxmox_virtual_environment_vm)) expect(vm.migrate).toBe(true);
  });

  test('the README shows the libvirt stack\'s topology diagram as synthesized', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const shown = /^## Topology diagram\n[\s\S]*?^```mermaid\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    expect(shown).toBe(fs.readFileSync(path.join(outdir, 'stacks', 'libvirt', TOPOLOGY_FILE), 'utf8'));
  });

  /** The VMs of the example design, as designed. */
  const designed = [
    { name: 'web1', cpus: 2, memoryMib: 4096, uefi: true, dataDisks: 0, nics: 2, seed: true },
    { name: 'web2', cpus: 2, memoryMib: 4096, uefi: true, dataDisks: 0, nics: 2, seed: true },
    { name: 'web3', cpus: 2, memoryMib: 4096, uefi: true, dataDisks: 0, nics: 2, seed: true },
    { name: 'cache1', cpus: 2, memoryMib: 4096, uefi: true, dataDisks: 0, nics: 1, seed: false },
    { name: 'db1', cpus: 4, memoryMib: 16384, uefi: false, dataDisks: 1, nics: 1, seed: false },
    { name: 'app1', cpus: 2, memoryMib: 8192, uefi: true, dataDisks: 0, nics: 1, seed: true },
    { name: 'win1', cpus: 4, memoryMib: 8192, uefi: true, dataDisks: 0, nics: 2, seed: false },
    { name: 'dc1', cpus: 2, memoryMib: 8192, uefi: true, dataDisks: 1, nics: 1, seed: false },
    { name: 'vault1', cpus: 2, memoryMib: 4096, uefi: true, dataDisks: 0, nics: 1, seed: false },
  ];

  test.each([['hyperv', 'hyperv_machine_instance'], ['libvirt', 'libvirt_domain']])(
    'the %s stack keeps the cluster\'s rules by placing VMs on provider aliases', (name, type) => {
      const vms = stack(outdir, name).resource[type];
      expect(new Set(['web1', 'web2', 'web3'].map((vm) => vms[vm].provider)).size).toBe(3);
      expect(vms.app1.provider).toBe(vms.cache1.provider);
      expect(vms.db1.provider).toBe(`${name}.${name === 'hyperv' ? 'hv3' : 'kvm3'}`);
      const report = fs.readFileSync(path.join(outdir, 'stacks', name, 'placement.txt'), 'utf8');
      expect(report).toContain('Cluster prod');
      expect(report).toMatch(/^(hv|kvm)3 .*db1/m);
    },
  );

  test('the vSphere stack renders the cluster and its rules natively, referencing the VMs', () => {
    const out = stack(outdir, 'vsphere');
    expect(out.resource.vsphere_compute_cluster.prod)
      .toMatchObject({ ha_enabled: true, drs_enabled: true, ha_admission_control_host_failure_tolerance: 1 });
    expect(out.resource.vsphere_compute_cluster_vm_anti_affinity_rule['web-spread'].virtual_machine_ids)
      .toEqual(['${vsphere_virtual_machine.web1.id}', '${vsphere_virtual_machine.web2.id}', '${vsphere_virtual_machine.web3.id}']);
    expect(out.resource.vsphere_compute_cluster_vm_affinity_rule['app-cache'].virtual_machine_ids)
      .toEqual(['${vsphere_virtual_machine.app1.id}', '${vsphere_virtual_machine.cache1.id}']);
    expect(out.resource.vsphere_compute_cluster_vm_host_rule['db-storage-host'].affinity_host_group_name)
      .toBe('${vsphere_compute_cluster_host_group.db-storage-host.name}');
    expect(Object.keys(out.resource.vsphere_vnic).sort())
      .toEqual(['esx1', 'esx2', 'esx3'].map((h) => `prod_vmotion_${h}_example_com`));
  });

  test('the example keeps the placements of the committed lock', () => {
    const lock = JSON.parse(fs.readFileSync(COMMITTED_LOCK, 'utf8'));
    for (const [name, type] of [['hyperv', 'hyperv_machine_instance'], ['libvirt', 'libvirt_domain']]) {
      const vms = stack(outdir, name).resource[type];
      const placed = Object.fromEntries(Object.values<any>(vms).map((r) => [r.name, r.provider.split('.')[1]]));
      expect(lock.stacks[name]).toEqual(placed);
    }
  });

  test('every vendor keeps the replica pair\'s halves apart; Hyper-V replicates with Hyper-V Replica', () => {
    const vsphere = stack(outdir, 'vsphere').resource;
    expect(vsphere.vsphere_compute_cluster_vm_anti_affinity_rule.orders_apart.virtual_machine_ids)
      .toEqual(['${vsphere_virtual_machine.orders_primary.id}', '${vsphere_virtual_machine.orders_replica.id}']);
    expect(vsphere.vsphere_virtual_machine_snapshot.orders_primary_snapshot.snapshot_name).toBe('pre-maintenance');
    const libvirt = stack(outdir, 'libvirt').resource.libvirt_domain;
    expect(libvirt.orders_primary.provider).not.toBe(libvirt.orders_replica.provider);
    const hyperv = stack(outdir, 'hyperv').resource;
    expect(hyperv.hyperv_machine_instance.orders_primary.provider).not.toBe('hyperv.hv2');
    expect(hyperv.terraform_data.orders_replica_server.connection.host).toBe('hv2.corp.example.com');
    const script: string = hyperv.terraform_data.orders_replication.provisioner[0].file.content;
    expect(script).toContain("Enable-VMReplication -VMName 'orders-primary' -ReplicaServerName 'hv2.corp.example.com'");
    expect(script).toContain("Start-VMInitialReplication -VMName 'orders-primary'");
    for (const name of ['vsphere', 'hyperv', 'libvirt']) {
      expect(fs.readFileSync(path.join(outdir, 'stacks', name, 'runbook-orders.md'), 'utf8')).toContain('## Unplanned failover');
    }
  });

  test('the shielded Windows and Linux VMs carry their security settings on vSphere', () => {
    const out = stack(outdir, 'vsphere');
    const policy = '${data.vsphere_storage_policy.target_encryption_policy.id}';
    for (const name of ['dc1', 'vault1']) {
      expect(out.resource.vsphere_virtual_machine[name]).toMatchObject({ firmware: 'efi', efi_secure_boot_enabled: true, vtpm: { version: '2.0' } });
    }
    const dc1 = out.resource.vsphere_virtual_machine.dc1;
    expect(dc1.storage_policy_id).toBe(policy);
    expect(dc1.disk.every((d: any) => d.storage_policy_id === policy)).toBe(true);
    expect(dc1.annotation).toContain('keys from key provider nkp-prod');
    expect(out.resource.vsphere_virtual_machine.vault1.storage_policy_id).toBeUndefined();
  });

  test('the shielded Windows and Linux VMs carry their security settings on Hyper-V', () => {
    const out = stack(outdir, 'hyperv');
    expect(out.resource.hyperv_machine_instance.dc1).toMatchObject({
      generation: 2, vm_firmware: { enable_secure_boot: 'On', secure_boot_template: 'MicrosoftWindows' },
    });
    expect(out.resource.hyperv_machine_instance.vault1.vm_firmware.secure_boot_template).toBe('MicrosoftUEFICertificateAuthority');
    expect(Object.keys(out.resource.terraform_data).filter((k) => k.endsWith('_security')).sort()).toEqual(['dc1_security', 'vault1_security', 'win1_security']);
    const dc1Script: string = out.resource.terraform_data.dc1_security.provisioner[0].file.content;
    for (const command of ['Set-VMKeyProtector -VM $vm -NewLocalKeyProtector', 'Enable-VMTPM -VM $vm', 'Set-VMSecurity -VM $vm -EncryptStateAndVmMigrationTraffic $true']) {
      expect(dc1Script).toContain(command);
    }
    expect(out.resource.terraform_data.vault1_security.provisioner[0].file.content).not.toContain('EncryptStateAndVmMigrationTraffic $true');
    expect(out.resource.terraform_data.dc1_security.connection.password).toBe('${var.hyperv_password}');
  });

  test('the shielded Windows and Linux VMs carry their security settings on libvirt', () => {
    const out = stack(outdir, 'libvirt');
    for (const name of ['dc1', 'vault1']) {
      const domain = out.resource.libvirt_domain[name];
      expect(domain.os).toMatchObject({ type_machine: 'q35', firmware: 'efi', loader_secure: 'yes' });
      expect(domain.os.firmware_info.features).toEqual([{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }]);
      expect(domain.features.smm).toEqual({ state: 'on' });
      expect(domain.devices.tpms[0]).toMatchObject({ model: 'tpm-crb', backend: { emulator: { version: '2.0', persistent_state: 'yes' } } });
    }
    expect(out.resource.libvirt_volume.dc1_os.target.encryption.format).toBe('luks');
    expect(out.resource.libvirt_volume.dc1_ntds.target.encryption.format).toBe('luks');
    expect(out.resource.libvirt_volume.vault1_os.target.encryption).toBeUndefined();
  });

  test('the vSphere stack has one VM per designed VM, as designed', () => {
    const vms = stack(outdir, 'vsphere').resource.vsphere_virtual_machine;
    expect(Object.keys(vms).sort()).toEqual([...designed.map((d) => d.name), 'orders_primary', 'orders_replica'].sort());
    for (const d of designed) {
      const vm = vms[d.name];
      expect({ name: d.name, cpus: vm.num_cpus, memory: vm.memory, firmware: vm.firmware, disks: vm.disk.length, nics: vm.network_interface.length })
        .toEqual({ name: d.name, cpus: d.cpus, memory: d.memoryMib, firmware: d.uefi ? 'efi' : 'bios', disks: 1 + d.dataDisks, nics: d.nics });
      expect(vm.network_interface.every((n: any) => n.adapter_type === 'vmxnet3')).toBe(true);
      expect(vm.scsi_type).toBe('pvscsi');
      expect(Boolean(vm.extra_config?.['guestinfo.userdata'])).toBe(d.seed);
    }
    expect(Object.keys(stack(outdir, 'vsphere').resource.vsphere_distributed_port_group).sort()).toEqual(['app', 'mgmt', 'migration', 'replication']);
  });

  test('the Hyper-V stack has one VM per designed VM, as designed', () => {
    const out = stack(outdir, 'hyperv');
    const vms = out.resource.hyperv_machine_instance;
    // Hyper-V Replica keeps the replica: one VM of the pair is the stack's
    expect(Object.keys(vms).sort()).toEqual([...designed.map((d) => d.name), 'orders_primary'].sort());
    for (const d of designed) {
      const vm = vms[d.name];
      expect({
        name: d.name,
        cpus: vm.processor_count,
        memory: vm.memory_startup_bytes,
        generation: vm.generation,
        disks: vm.hard_disk_drives.length,
        nics: vm.network_adaptors.length,
        dvd: (vm.dvd_drives ?? []).length,
      }).toEqual({
        name: d.name,
        cpus: d.cpus,
        memory: d.memoryMib * 1024 * 1024,
        generation: d.uefi ? 2 : 1,
        disks: 1 + d.dataDisks,
        nics: d.nics,
        dvd: d.seed ? 1 : 0,
      });
    }
    expect(vms.web1.network_adaptors.map((n: any) => n.vlan_id)).toEqual([120, 10]);
    expect(Object.keys(out.resource.hyperv_iso_image).sort()).toEqual(['app1_cidata', 'web1_cidata', 'web2_cidata', 'web3_cidata']);
  });

  test('the libvirt stack has one domain per designed VM, as designed', () => {
    const out = stack(outdir, 'libvirt');
    const domains = out.resource.libvirt_domain;
    expect(Object.keys(domains).sort()).toEqual([...designed.map((d) => d.name), 'orders_primary', 'orders_replica'].sort());
    for (const d of designed) {
      const dom = domains[d.name];
      expect({
        name: d.name,
        cpus: dom.vcpu,
        memory: dom.memory,
        unit: dom.memory_unit,
        machine: dom.os.type_machine,
        firmware: dom.os.firmware ?? 'bios',
        disks: dom.devices.disks.length,
        nics: dom.devices.interfaces.length,
      }).toEqual({
        name: d.name,
        cpus: d.cpus,
        memory: d.memoryMib,
        unit: 'MiB',
        machine: 'q35',
        firmware: d.uefi ? 'efi' : 'bios',
        disks: 1 + d.dataDisks + (d.seed ? 1 : 0),
        nics: d.nics,
      });
      expect(dom.devices.interfaces.every((n: any) => n.model.type === 'virtio')).toBe(true);
    }
    expect(Object.keys(out.resource.libvirt_network).sort()).toEqual(
      ['app', 'mgmt', 'migration', 'replication'].flatMap((n) => ['kvm1', 'kvm2', 'kvm3'].map((h) => `${n}_${h}`)),
    );
  });
});

describe('the example app, changed by one VM', () => {
  const vendors = ['vsphere', 'hyperv', 'libvirt'];
  let base: string;
  beforeAll(() => {
    base = synthExample();
  });

  test('adding a VM changes no other resource\'s address or attributes', () => {
    const grown = synthExample({
      add: (app) => {
        for (const name of vendors) {
          const vendorStack = app.node.findChild(name);
          new VirtualMachine(vendorStack, 'extra', {
            cluster: vendorStack.node.findChild('prod') as HaCluster,
            cpus: 2,
            memory: Size.gibibytes(4),
            image: Image.template('ubuntu-24.04', { size: Size.gibibytes(20) }),
            // the vsphere provider requires a NIC of every VM it does not deploy from an OVF package
            nics: name === 'vsphere' ? [Nic.on(vendorStack.node.findChild('app') as VirtualNetwork)] : undefined,
          });
        }
      },
    });
    for (const name of vendors) {
      const before = elements(base, name);
      const after = elements(grown, name);
      const added = [...after.keys()].filter((k) => !before.has(k));
      expect(added.length).toBeGreaterThan(0);
      expect(added.filter((k) => !k.split('.')[2].startsWith('extra'))).toEqual([]);
      for (const [key, body] of before) expect({ key, body: after.get(key) }).toEqual({ key, body });
    }
  });

  test('removing a VM changes no other resource\'s address or attributes', () => {
    const shrunk = synthExample({ omit: ['win1'] });
    for (const name of vendors) {
      const before = elements(base, name);
      const after = elements(shrunk, name);
      const removed = [...before.keys()].filter((k) => !after.has(k));
      expect(removed.length).toBeGreaterThan(0);
      expect(removed.filter((k) => !k.split('.')[2].startsWith('win1'))).toEqual([]);
      for (const [key, body] of after) expect({ key, body }).toEqual({ key, body: before.get(key) });
    }
  });
});

describe('the secret scan', () => {
  test('reports a literal password and a reference to a variable that is not sensitive', () => {
    const leaks = findSecretLiterals('x.json', {
      provider: { hyperv: [{ password: 'hunter2' }, { password: '${var.plain}' }, { password: '${var.ok}' }] },
      variable: { plain: { type: 'string' }, ok: { type: 'string', sensitive: true } },
    });
    expect(leaks.map((l) => l.path)).toEqual(['provider.hyperv[0].password', 'provider.hyperv[1].password']);
    expect(findSecretLiterals('x.json', { resource: { r: { a: { secret: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60', client_secret: 's3cret' } } } })
      .map((l) => l.path)).toEqual(['resource.r.a.client_secret']);
  });
});
