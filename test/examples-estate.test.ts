import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findSecretLiterals, synthesizedFiles, synthesizedTree } from './secrets';
import { buildEstateApp } from '../examples/estate/app';
import { SecurityBaseline } from '../src';
import { LOCK_FILE_CONTEXT, LOCK_FILE_NAME, LOCK_READ_ONLY_CONTEXT } from '../src/targets/cluster-placement';

/*
 * The estate example (examples/estate): the everyday VM settings, synthesized for every vendor as
 * `npm run synth` does, with a copy of its committed placement lock.
 */

const ESTATE = path.join(__dirname, '..', 'examples', 'estate');
const COMMITTED_LOCK = path.join(ESTATE, LOCK_FILE_NAME);
const VENDORS = ['vsphere', 'hyperv', 'libvirt', 'proxmox'];

function synthEstate(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-'));
  const lock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'estate-lock-')), LOCK_FILE_NAME);
  fs.copyFileSync(COMMITTED_LOCK, lock);
  buildEstateApp(outdir, { [LOCK_FILE_CONTEXT]: lock, [LOCK_READ_ONLY_CONTEXT]: false }).synth();
  expect(fs.readFileSync(lock, 'utf8')).toBe(fs.readFileSync(COMMITTED_LOCK, 'utf8'));
  return outdir;
}

function stack(outdir: string, name: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
}

const LINUX = ['lin1', 'lin2', 'lin3'];

describe('the estate example', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = synthEstate();
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('writes one stack per vendor, each passing the security baseline', () => {
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual([...VENDORS].sort());
    for (const name of VENDORS) {
      const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, SecurityBaseline.REPORT_FILE), 'utf8'));
      expect({ name, nonCompliant: report.summary.nonCompliant }).toEqual({ name, nonCompliant: 0 });
    }
  });

  test('vSphere: a content-library image, folders, a resource pool, a datastore cluster, tags, storage policies, sysprep with a domain join', () => {
    const out = stack(outdir, 'vsphere');
    const vms = out.resource.vsphere_virtual_machine;
    const item = out.data.vsphere_content_library_item;
    expect(Object.values<any>(item).map((i) => i.name)).toEqual(['ubuntu-24.04-server']);
    // the Windows VM is cloned from a template, which Storage DRS can place
    expect(vms.win1.clone.template_uuid).toBe('${data.vsphere_virtual_machine.target_template_windows-server-2022.id}');
    for (const name of LINUX) {
      const vm = vms[name];
      expect(vm.clone.template_uuid).toMatch(/^\$\{data\.vsphere_content_library_item\.[A-Za-z0-9_-]+\.id\}$/);
      expect(vm.folder).toMatch(/vsphere_folder\.[A-Za-z0-9_-]+\.path/);
      expect(vm.resource_pool_id).toMatch(/vsphere_resource_pool\.[A-Za-z0-9_-]+\.id/);
      // vCenter deploys a content-library item to one datastore
      expect(vm.datastore_cluster_id).toBeUndefined();
      expect(vm.datastore_id).toMatch(/data\.vsphere_datastore\.[A-Za-z0-9_-]+\.id/);
      expect(vm.tags).toHaveLength(3);
      expect(vm.disk.filter((d: any) => d.label !== 'os').map((d: any) => [d.label, d.storage_policy_id !== undefined])).toEqual([['data', true], ['logs', true]]);
      expect(vm.clone.customize.network_interface.map((n: any) => n.ipv4_address)).toEqual([`10.2.10.1${name.slice(-1)}`, `10.2.20.1${name.slice(-1)}`]);
      expect(vm.hardware_version).toBe(21);
      expect(vm.cpu_share_level).toBe('high');
    }
    const windows = vms.win1.clone.customize.windows_options;
    expect(windows.admin_password).toBe('${var.windows_admin_password}');
    expect(windows.domain_admin_password).toBe('${var.domain_join_password}');
    expect(windows.join_domain).toBe('corp.example.com');
    for (const name of ['win1', 'build1']) expect(vms[name].datastore_cluster_id).toMatch(/data\.vsphere_datastore_cluster\.[A-Za-z0-9_-]+\.id/);
    expect(vms.win1.vtpm).toEqual({ version: '2.0' });
    expect(vms.build1.cdrom[0].path).toBe('iso/ubuntu-24.04-live-server-amd64.iso');
    expect(vms.build1.clone).toBeUndefined();
    expect(Object.keys(out.resource.vsphere_vnic ?? {})).toHaveLength(3);
  });

  test('Hyper-V: a downloaded parent image per host, static addresses and Windows settings on the cidata ISO, no passwords', () => {
    const out = stack(outdir, 'hyperv');
    const vhds = Object.values<any>(out.resource.hyperv_vhd);
    const downloads = vhds.filter((v) => v.source === 'https://images.example.com/ubuntu/ubuntu-24.04-server-cloudimg-amd64.vhdx');
    const hostsOfLinux = new Set(vhds.filter((v) => /lin\d/.test(v.path ?? '')).map((v) => v.provider));
    expect(downloads.length).toBe(hostsOfLinux.size);
    const vms = out.resource.hyperv_machine_instance;
    for (const name of LINUX) expect(vms[name].notes).toContain('env=prod');
    expect(vms.build1.dvd_drives.map((d: any) => d.path)).toContain('C:\\ISO\\ubuntu-24.04-live-server-amd64.iso');
    // its ISO is built at synth: the design hands Hyper-V no password, and the stack asks for none
    expect(Object.keys(out.variable).sort()).toEqual(['hyperv_password', 'hyperv_user']);
  });

  test('libvirt: a downloaded base volume per host, the installer ISO, metadata tags, cloudbase-init with passwords from variables', () => {
    const out = stack(outdir, 'libvirt');
    const volumes = Object.values<any>(out.resource.libvirt_volume);
    const domains = out.resource.libvirt_domain;
    // one download per host that runs a Linux VM, shared by the VMs there
    const downloads = volumes.filter((v) => v.create?.content?.url === 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img');
    expect(downloads.map((v) => v.provider).sort()).toEqual([...new Set(LINUX.map((name) => domains[name].provider))].sort());
    for (const name of LINUX) {
      expect(domains[name].metadata.xml).toContain('<cdktf:tag key="env">prod</cdktf:tag><cdktf:tag key="service">estate</cdktf:tag>');
      expect(domains[name].metadata.xml).toContain('<cdktf:disk name="data"><cdktf:tag key="backup">daily</cdktf:tag></cdktf:disk>');
      expect(domains[name].os.type_machine).toBe('pc-q35-7.2');
    }
    const cloudinit = out.resource.libvirt_cloudinit_disk.win1_CloudInit ?? Object.values<any>(out.resource.libvirt_cloudinit_disk).find((d) => /win1/.test(d.name));
    expect(cloudinit.user_data).toContain('${base64encode(var.windows_admin_password)}');
    expect(cloudinit.user_data).toContain('${base64encode(var.domain_join_password)}');
  });

  test('no synthesized file holds a secret literal', () => {
    const files = synthesizedFiles(outdir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.flatMap((f) => findSecretLiterals(f, JSON.parse(fs.readFileSync(f, 'utf8'))))).toEqual([]);
  });

  test('is byte-identical when synthesized again', () => {
    const again = synthEstate();
    try {
      const files = (dir: string) => synthesizedTree(dir).map((f) => path.relative(dir, f));
      expect(files(again)).toEqual(files(outdir));
      for (const file of files(outdir)) {
        const same = fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(outdir, file)));
        expect({ file, same }).toEqual({ file, same: true });
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });
  test('Proxmox VE: a downloaded image per node, tags, notes with disk tags, a named storage, a Windows config drive, the installer ISO', () => {
    const out = stack(outdir, 'proxmox');
    const vms = out.resource.proxmox_virtual_environment_vm;
    const downloads = Object.values<any>(out.resource.proxmox_download_file);
    // one download per node that runs a VM made from the image
    const nodes = [...new Set(LINUX.map((n) => vms[n].node_name))].sort();
    expect(downloads.map((d) => d.node_name).sort()).toEqual(nodes);
    for (const d of downloads) expect(d).toMatchObject({ content_type: 'import', file_name: 'ubuntu-24.04.qcow2' });
    for (const name of LINUX) {
      const vm = vms[name];
      expect(vm.tags).toEqual(['env.prod', 'service.estate', 'tier.web']);
      expect(vm.description).toBe('Estate web tier. Owner: platform team.\ndisk data: backup=daily\ndisk logs: backup=none');
      expect(vm.disk.map((d: any) => [d.interface, d.datastore_id, d.size])).toEqual([['scsi0', 'ceph-estate', 20], ['scsi1', 'fast', 50], ['scsi2', 'ceph-estate', 20]]);
      expect(vm.disk[0].import_from).toMatch(/^\$\{proxmox_download_file\.[A-Za-z0-9_-]+\.id\}$/);
      expect(vm.cpu).toMatchObject({ units: 200, limit: 1.6 });
      expect(vm.pool_id).toMatch(/^\$\{proxmox_virtual_environment_pool\.[A-Za-z0-9_-]+\.pool_id\}$/);
      expect(vm.initialization.ip_config).toEqual([
        { ipv4: { address: `10.2.10.1${name.slice(-1)}/24`, gateway: '10.2.10.1' } },
        { ipv4: { address: `10.2.20.1${name.slice(-1)}/24` } },
      ]);
    }
    // Windows: cloudbase-init reads a config drive whose meta data names the computer
    expect(vms.win1.initialization.type).toBe('configdrive2');
    const meta = Object.entries<any>(out.resource.proxmox_virtual_environment_file).find(([k]) => k.startsWith('win1_meta-data'))![1];
    expect(JSON.parse(meta.source_raw.data)).toMatchObject({ hostname: 'ESTATE-WIN1', uuid: 'win1' });
    expect(vms.win1.tpm_state).toEqual({ datastore_id: 'ceph-estate', version: 'v2.0' });
    // no password reaches a snippet: Proxmox VE refuses guest secrets
    expect(JSON.stringify(out)).not.toMatch(/windows_admin_password|domain_join_password/);
    expect(vms.build1.cdrom).toEqual({ enabled: true, file_id: 'cephfs:iso/ubuntu-24.04-live-server-amd64.iso', interface: 'ide3' });
    expect(vms.build1.boot_order).toEqual(['scsi0', 'ide3']);
    // the nodes' migration addresses on a VLAN interface each
    const vlans = Object.values<any>(out.resource.proxmox_network_linux_vlan).map((v) => [v.node_name, v.name, v.address]);
    expect(vlans).toEqual([['pve4', 'vmbr0.230', '10.2.30.11/24'], ['pve5', 'vmbr0.230', '10.2.30.12/24'], ['pve6', 'vmbr0.230', '10.2.30.13/24']]);
  });
});

test('every line of the README\'s everyday-settings snippets stands in the estate example', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const section = /^## Everyday VM settings\n([\s\S]*?)^## /m.exec(readme)![1];
  const snippets = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(snippets.length).toBeGreaterThanOrEqual(5);
  const source = ['design.ts', 'app.ts'].map((f) => fs.readFileSync(path.join(ESTATE, f), 'utf8')).join('\n');
  const lines = new Set(source.split('\n').map((l) => l.trim()));
  const missing = snippets.flatMap((s) => s.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !lines.has(l)));
  expect(missing).toEqual([]);
});
