import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { schemaViolations } from './conformance';
import { buildExampleApp } from '../../examples/app';

describe('schema conformance check', () => {
  test('the example stacks conform', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'conform-'));
    buildExampleApp(outdir, { 'cdktf-hypervisor:placementLock': false }).synth();
    for (const name of ['vsphere', 'hyperv', 'libvirt']) {
      const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
      expect({ name, violations: schemaViolations(config) }).toEqual({ name, violations: [] });
    }
  });

  test('finds unknown, missing, computed-only and mistyped attributes and block counts', () => {
    expect(schemaViolations({
      resource: {
        hyperv_vhd: { a: { path: 'x', bogus: 1, size: 'big' } },
        hyperv_machine_instance: { b: { generation: 2, vm_firmware: [{}, {}] } },
        libvirt_volume: { c: { name: 'v', pool: 'p', capacity: 1, target: { format: {} }, allocation: 5 } },
        vsphere_virtual_machine: { d: { name: 'x', resource_pool_id: 'r', clone: { linked_clone: true } } },
        proxmox_virtual_environment_vm: {
          f: {
            node_name: 'pve1',
            network_device: [
              { bridge: 'vmbr0', model: 'virtio' },
              {
                bridge: 'vmbr0',
                disconnected: null,
                enabled: null,
                firewall: true,
                mac_address: null,
                model: 'virtio',
                mtu: null,
                queues: null,
                rate_limit: null,
                trunks: null,
                vlan_id: 10,
              },
            ],
          },
        },
      },
      data: { nothing_here: { e: {} } },
    })).toEqual([
      'resource.hyperv_vhd.a.bogus: unknown attribute or block',
      'resource.hyperv_vhd.a.size: expected number, got "big"',
      'resource.hyperv_machine_instance.b.name: required attribute missing',
      'resource.hyperv_machine_instance.b.vm_firmware: at most 1 block(s)',
      'resource.libvirt_volume.c.allocation: computed-only attribute set',
      'resource.libvirt_volume.c.target.format.type: required attribute missing',
      'resource.vsphere_virtual_machine.d.clone[0].template_uuid: required attribute missing',
      ...['disconnected', 'enabled', 'firewall', 'mac_address', 'mtu', 'queues', 'rate_limit', 'trunks', 'vlan_id'].map(
        (key) => `resource.proxmox_virtual_environment_vm.f.network_device[0].${key}: object key missing (write null where unset)`),
      'data.nothing_here: unknown type',
    ]);
  });
});
