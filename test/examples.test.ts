import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findSecretLiterals, synthesizedFiles, synthesizedTree } from './secrets';
import { buildExampleApp } from '../examples/app';
import { GENERATED_PROVIDERS } from '../projenrc/provider-bindings';

function synthExample(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-'));
  buildExampleApp(outdir).synth();
  return outdir;
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
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(['hyperv', 'libvirt', 'vsphere']);
  });

  test('each stack names its provider source and the version its bindings come from', () => {
    const versions: Record<string, { source: string; version: string }> = {
      vsphere: { source: 'vmware/vsphere', version: vsphereBindingVersion() },
    };
    for (const p of GENERATED_PROVIDERS) versions[p.name] = { source: `${p.namespace}/${p.name}`, version: p.version };
    for (const name of ['vsphere', 'hyperv', 'libvirt']) {
      expect(stack(outdir, name).terraform.required_providers).toEqual({ [name]: versions[name] });
    }
    expect(versions.vsphere.version).toBe('2.15.0');
  });

  test('the vSphere stack has one provider, the two-host stacks two aliases each', () => {
    expect(stack(outdir, 'vsphere').provider.vsphere).toHaveLength(1);
    expect(stack(outdir, 'hyperv').provider.hyperv.map((p: any) => p.alias)).toEqual(['hv1', 'hv2']);
    expect(stack(outdir, 'libvirt').provider.libvirt.map((p: any) => p.alias)).toEqual(['kvm1', 'kvm2']);
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

  /** The VMs of the example design, as designed. */
  const designed = [
    { name: 'web1', cpus: 2, memoryMib: 4096, uefi: true, dataDisks: 0, nics: 2, seed: true },
    { name: 'db1', cpus: 4, memoryMib: 16384, uefi: false, dataDisks: 1, nics: 1, seed: false },
    { name: 'app1', cpus: 2, memoryMib: 8192, uefi: true, dataDisks: 0, nics: 1, seed: true },
    { name: 'win1', cpus: 4, memoryMib: 8192, uefi: true, dataDisks: 0, nics: 2, seed: false },
  ];

  test('the vSphere stack has one VM per designed VM, as designed', () => {
    const vms = stack(outdir, 'vsphere').resource.vsphere_virtual_machine;
    expect(Object.keys(vms).sort()).toEqual(designed.map((d) => d.name).sort());
    for (const d of designed) {
      const vm = vms[d.name];
      expect({ name: d.name, cpus: vm.num_cpus, memory: vm.memory, firmware: vm.firmware, disks: vm.disk.length, nics: vm.network_interface.length })
        .toEqual({ name: d.name, cpus: d.cpus, memory: d.memoryMib, firmware: d.uefi ? 'efi' : 'bios', disks: 1 + d.dataDisks, nics: d.nics });
      expect(vm.network_interface.every((n: any) => n.adapter_type === 'vmxnet3')).toBe(true);
      expect(vm.scsi_type).toBe('pvscsi');
      expect(Boolean(vm.extra_config?.['guestinfo.userdata'])).toBe(d.seed);
    }
    expect(Object.keys(stack(outdir, 'vsphere').resource.vsphere_distributed_port_group).sort()).toEqual(['app', 'mgmt', 'migration']);
  });

  test('the Hyper-V stack has one VM per designed VM, as designed', () => {
    const out = stack(outdir, 'hyperv');
    const vms = out.resource.hyperv_machine_instance;
    expect(Object.keys(vms).sort()).toEqual(designed.map((d) => d.name).sort());
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
    expect(Object.keys(out.resource.hyperv_iso_image).sort()).toEqual(['app1_cidata', 'web1_cidata']);
  });

  test('the libvirt stack has one domain per designed VM, as designed', () => {
    const out = stack(outdir, 'libvirt');
    const domains = out.resource.libvirt_domain;
    expect(Object.keys(domains).sort()).toEqual(designed.map((d) => d.name).sort());
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
    expect(Object.keys(out.resource.libvirt_network).sort())
      .toEqual(['app_kvm1', 'app_kvm2', 'mgmt_kvm1', 'mgmt_kvm2', 'migration_kvm1', 'migration_kvm2']);
  });
});

describe('the secret scan', () => {
  test('reports a literal password and a reference to a variable that is not sensitive', () => {
    const leaks = findSecretLiterals('x.json', {
      provider: { hyperv: [{ password: 'hunter2' }, { password: '${var.plain}' }, { password: '${var.ok}' }] },
      variable: { plain: { type: 'string' }, ok: { type: 'string', sensitive: true } },
    });
    expect(leaks.map((l) => l.path)).toEqual(['provider.hyperv[0].password', 'provider.hyperv[1].password']);
  });
});
