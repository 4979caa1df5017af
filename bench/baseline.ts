/**
 * The baseline of the benchmark: what a platform team would write without this library, a cdktf
 * program that creates the provider resources of the same design directly with the provider
 * classes (the npm vSphere bindings, and the hyperv and libvirt bindings generated from the same
 * schemas as `cdktf get` would). Hosts are picked round-robin by hand; the resource types and counts
 * equal the library's, which the benchmark checks on every run.
 */
import { ComputeCluster } from '@cdktf/provider-vsphere/lib/compute-cluster';
import { ComputeClusterVmAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-affinity-rule';
import { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import { DataVsphereDatacenter } from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import { DataVsphereHost } from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import { DataVsphereStoragePolicy } from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { HaVmOverride } from '@cdktf/provider-vsphere/lib/ha-vm-override';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { VirtualMachine, VirtualMachineDisk, VirtualMachineNetworkInterface } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Vnic } from '@cdktf/provider-vsphere/lib/vnic';
import { DataResource, TerraformStack, TerraformVariable } from 'cdktf';
import { BenchVendor, ClusterPlan, LIBVIRT_SECRETS, NETWORKS, SlotPlan, vmsOf } from './design';
import { MachineInstance } from '../lib/providers/hyperv/machine-instance';
import { NetworkSwitch } from '../lib/providers/hyperv/network-switch';
import { HypervProvider } from '../lib/providers/hyperv/provider';
import { Vhd } from '../lib/providers/hyperv/vhd';
import { Domain } from '../lib/providers/libvirt/domain';
import { Network } from '../lib/providers/libvirt/network';
import { LibvirtProvider } from '../lib/providers/libvirt/provider';
import { Volume } from '../lib/providers/libvirt/volume';

const GIB = 1024 ** 3;
const REPLICATION_NIC = NETWORKS.findIndex((n) => n.id === 'replication');

/** The NICs of one VM of a slot (a replica pair's VMs also get the replication network). */
function nicsOf(slot: SlotPlan): number[] {
  return slot.kind === 'pair' ? [...slot.nics, REPLICATION_NIC] : slot.nics;
}

/** Builds the baseline program's resources for the vendor. */
export function buildBaseline(stack: TerraformStack, vendor: BenchVendor, plan: ClusterPlan[]): void {
  switch (vendor) {
    case 'vsphere': return vsphere(stack, plan);
    case 'hyperv': return hyperv(stack, plan);
    case 'libvirt': return libvirt(stack, plan);
  }
}

function vsphere(stack: TerraformStack, plan: ClusterPlan[]): void {
  const user = new TerraformVariable(stack, 'vsphere_user', { type: 'string' });
  const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
  new VsphereProvider(stack, 'vsphere', {
    vsphereServer: 'vcenter.example.com', allowUnverifiedSsl: false, user: user.stringValue, password: password.stringValue,
  });
  const dc = new DataVsphereDatacenter(stack, 'dc', { name: 'dc1' });
  const ds = new DataVsphereDatastore(stack, 'ds', { name: 'vsan', datacenterId: dc.id });
  const dvs = new DataVsphereDistributedVirtualSwitch(stack, 'dvs', { name: 'dvs', datacenterId: dc.id });
  const policy = new DataVsphereStoragePolicy(stack, 'encryption', { name: 'VM Encryption Policy' });
  const template = new DataVsphereVirtualMachine(stack, 'ubuntu', { name: 'ubuntu-24.04', datacenterId: dc.id });
  const portGroups = NETWORKS.map((n) => new DistributedPortGroup(stack, n.id, {
    name: n.id, distributedVirtualSwitchUuid: dvs.id, vlanId: n.vlanId,
  }));
  const migration = portGroups[NETWORKS.findIndex((n) => n.id === 'migration')];

  for (const c of plan) {
    const hosts = c.hosts.map((h) => new DataVsphereHost(stack, `host-${h}`, { name: h, datacenterId: dc.id }));
    const cluster = new ComputeCluster(stack, c.id, {
      name: c.id,
      datacenterId: dc.id,
      hostSystemIds: hosts.map((h) => h.id),
      drsEnabled: true,
      haEnabled: true,
      haHostMonitoring: 'enabled',
      haAdmissionControlPolicy: 'resourcePercentage',
      haAdmissionControlHostFailureTolerance: 1,
      haAdmissionControlResourcePercentageAutoCompute: true,
    });
    hosts.forEach((host, i) => new Vnic(stack, `${c.id}-vmotion-${c.hosts[i]}`, {
      host: host.id,
      distributedPortGroup: migration.key,
      distributedSwitchPort: migration.distributedVirtualSwitchUuid,
      ipv4: { dhcp: true },
      netstack: 'vmotion',
    }));

    const vmIds = new Map<string, string>();
    for (const slot of c.slots) {
      const shielded = slot.kind === 'shielded';
      const made = vmsOf(slot).map((name) => {
        const disks: VirtualMachineDisk[] = [{
          label: 'os',
          unitNumber: 0,
          size: Number(template.disks.get(0).size),
          thinProvisioned: template.disks.get(0).thinProvisioned,
          storagePolicyId: slot.encrypted ? policy.id : undefined,
        }];
        if (slot.dataDisk) {
          disks.push({ label: 'data', unitNumber: 1, size: 50, storagePolicyId: slot.encrypted ? policy.id : undefined });
        }
        const nics: VirtualMachineNetworkInterface[] = nicsOf(slot).map((i) => ({ networkId: portGroups[i].id, adapterType: 'vmxnet3' }));
        return new VirtualMachine(stack, name, {
          name: name.replace('_', '-'),
          resourcePoolId: cluster.resourcePoolId,
          datastoreId: ds.id,
          numCpus: 2,
          memory: 4096,
          guestId: 'ubuntu64Guest',
          firmware: 'efi',
          efiSecureBootEnabled: shielded || undefined,
          vtpm: shielded ? { version: '2.0' } : undefined,
          storagePolicyId: slot.encrypted ? policy.id : undefined,
          scsiType: 'pvscsi',
          clone: { templateUuid: template.id },
          disk: disks,
          networkInterface: nics,
        });
      });
      if (slot.kind === 'pair') {
        new ComputeClusterVmAntiAffinityRule(stack, `${slot.id}-apart`, {
          name: `${slot.id}-apart`, computeClusterId: cluster.id, mandatory: true, virtualMachineIds: made.map((vm) => vm.id),
        });
        made.forEach((vm, i) => new HaVmOverride(stack, `${vmsOf(slot)[i]}-ha`, {
          computeClusterId: cluster.id, virtualMachineId: vm.id, haVmRestartPriority: i === 0 ? 'high' : 'medium',
        }));
      } else {
        vmIds.set(slot.id, made[0].id);
      }
    }
    for (const rule of c.rules) {
      const props = { name: rule.id, computeClusterId: cluster.id, mandatory: true, virtualMachineIds: rule.members.map((m) => vmIds.get(m)!) };
      if (rule.kind === 'apart') {
        new ComputeClusterVmAntiAffinityRule(stack, rule.id, props);
      } else {
        new ComputeClusterVmAffinityRule(stack, rule.id, props);
      }
    }
  }
}

function hyperv(stack: TerraformStack, plan: ClusterPlan[]): void {
  const user = new TerraformVariable(stack, 'hyperv_user', { type: 'string' });
  const password = new TerraformVariable(stack, 'hyperv_password', { type: 'string', sensitive: true });
  const hosts = plan.flatMap((c) => c.hosts);
  const providers = new Map(hosts.map((h) => [h, new HypervProvider(stack, `hv-${h}`, {
    alias: h, host: h, https: true, insecure: false, port: 5986, useNtlm: true, timeout: '30s', user: user.stringValue, password: password.stringValue,
  })]));
  const switches = new Map(hosts.map((h) => [h, new NetworkSwitch(stack, `external-${h}`, {
    provider: providers.get(h), name: 'external', switchType: 'External', netAdapterNames: ['Ethernet 2'], allowManagementOs: true,
  })]));
  const connection = (host: string) => ({
    type: 'winrm' as const, host, https: true, insecure: false, port: 5986, useNtlm: true, user: user.stringValue, password: password.stringValue,
  });
  const script = (id: string, host: string, body: string, dependsOn: DataResource[] = []) => {
    const destination = `C:/Windows/Temp/${id}.ps1`;
    return new DataResource(stack, id, {
      dependsOn,
      triggersReplace: { script: body },
      connection: connection(host),
      provisioners: [
        { type: 'file', content: body, destination },
        { type: 'remote-exec', inline: [`powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File ${destination}`] },
      ],
    });
  };
  const vmDir = 'C:\\ClusterStorage\\Volume1\\VMs';

  for (const c of plan) {
    for (const host of c.hosts) {
      script(`${c.id}-migration-${host}`, host,
        '$ErrorActionPreference = \'Stop\'\nEnable-VMMigration\nSet-VMHost -UseAnyNetworkForMigration $false\nAdd-VMMigrationNetwork \'10.0.20.0/24\'\n');
    }
    let next = 0;
    for (const slot of c.slots) {
      vmsOf(slot).forEach((name) => {
        const host = c.hosts[next++ % c.hosts.length];
        const provider = providers.get(host);
        const os = new Vhd(stack, `${name}-os`, {
          provider, path: `${vmDir}\\${name}\\os.vhdx`, parentPath: 'C:\\Hyper-V\\Images\\ubuntu-24.04.vhdx', vhdType: 'Differencing',
        });
        const drives = [{ controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 0, path: os.path }];
        if (slot.dataDisk) {
          const data = new Vhd(stack, `${name}-data`, {
            provider, path: `${vmDir}\\${name}\\data.vhdx`, size: 50 * GIB, vhdType: 'Dynamic', lifecycle: { preventDestroy: true },
          });
          drives.push({ controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 1, path: data.path });
        }
        const vm = new MachineInstance(stack, name, {
          provider,
          name: name.replace('_', '-'),
          generation: 2,
          processorCount: 2,
          memoryStartupBytes: 4 * GIB,
          staticMemory: true,
          path: vmDir,
          state: 'Running',
          hardDiskDrives: drives,
          networkAdaptors: nicsOf(slot).map((i, k) => ({
            name: `nic${k + 1}`, switchName: switches.get(host)!.name, dynamicMacAddress: true, vlanAccess: true, vlanId: NETWORKS[i].vlanId,
          })),
          vmFirmware: {
            enableSecureBoot: 'On',
            secureBootTemplate: 'MicrosoftUEFICertificateAuthority',
            bootOrder: [{ bootType: 'HardDiskDrive', controllerNumber: 0, controllerLocation: 0 }],
          },
        });
        const after: DataResource[] = [];
        if (slot.kind === 'shielded') {
          after.push(script(`${name}-security`, host,
            `$ErrorActionPreference = 'Stop'\n$vm = Get-VM -Name '${vm.name}'\nSet-VMKeyProtector -VM $vm -NewLocalKeyProtector\n` +
            `Enable-VMTPM -VM $vm\n${slot.encrypted ? 'Set-VMSecurity -VM $vm -EncryptStateAndVmMigrationTraffic $true\n' : ''}`));
        }
        script(`${name}-cluster-role`, host,
          `$ErrorActionPreference = 'Stop'\nAdd-ClusterVirtualMachineRole -Cluster HVCLUSTER -VMName '${name.replace('_', '-')}'\n`, after);
      });
    }
  }
}

function libvirt(stack: TerraformStack, plan: ClusterPlan[]): void {
  const hosts = plan.flatMap((c) => c.hosts);
  const providers = new Map(hosts.map((h) => [h, new LibvirtProvider(stack, `libvirt-${h}`, {
    alias: h, uri: `qemu+ssh://root@${h}.example.com/system`,
  })]));
  const networks = new Map(hosts.map((h) => [h, NETWORKS.map((n) => new Network(stack, `${n.id}-${h}`, {
    provider: providers.get(h),
    name: n.id,
    autostart: true,
    forward: { mode: 'bridge' },
    bridge: { name: 'ovsbr0' },
    virtualPort: { params: { openVSwitch: {} } },
    vlan: { tags: [{ id: n.vlanId }] },
  }))]));
  const luks = { format: 'luks', secret: { type: 'passphrase', uuid: LIBVIRT_SECRETS.diskSecret } };
  const luksSource = { format: 'luks', secrets: [{ type: 'passphrase', uuid: LIBVIRT_SECRETS.diskSecret }] };

  for (const c of plan) {
    let next = 0;
    for (const slot of c.slots) {
      const shielded = slot.kind === 'shielded';
      vmsOf(slot).forEach((name) => {
        const host = c.hosts[next++ % c.hosts.length];
        const provider = providers.get(host);
        const volumes = [new Volume(stack, `${name}-os`, {
          provider,
          name: `${name}-os.qcow2`,
          pool: 'default',
          capacity: 20 * GIB,
          backingStore: { path: '/var/lib/libvirt/images/ubuntu-24.04.qcow2', format: { type: 'qcow2' } },
          target: { format: { type: 'qcow2' }, encryption: slot.encrypted ? luks : undefined },
        })];
        if (slot.dataDisk) {
          volumes.push(new Volume(stack, `${name}-data`, {
            provider,
            name: `${name}-data.qcow2`,
            pool: 'default',
            capacity: 50 * GIB,
            target: { format: { type: 'qcow2' }, encryption: slot.encrypted ? luks : undefined },
            lifecycle: { preventDestroy: true },
          }));
        }
        new Domain(stack, name, {
          provider,
          name: name.replace('_', '-'),
          type: 'kvm',
          vcpu: 2,
          memory: 4096,
          memoryUnit: 'MiB',
          autostart: true,
          running: true,
          onCrash: 'restart',
          cpu: { mode: 'host-model' },
          features: { acpi: true, apic: {}, smm: shielded ? { state: 'on' } : undefined },
          os: {
            type: 'hvm',
            typeArch: 'x86_64',
            typeMachine: 'q35',
            firmware: 'efi',
            loaderSecure: shielded ? 'yes' : undefined,
            firmwareInfo: shielded
              ? { features: [{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }] }
              : undefined,
            bootDevices: [{ dev: 'hd' }],
          },
          devices: {
            disks: volumes.map((v, i) => ({
              device: 'disk',
              driver: { name: 'qemu', type: 'qcow2' },
              source: { file: { file: v.path }, encryption: slot.encrypted ? luksSource : undefined },
              target: { dev: `vd${'ab'[i]}`, bus: 'virtio' },
            })),
            interfaces: nicsOf(slot).map((i) => ({
              model: { type: 'virtio' },
              source: { network: { network: networks.get(host)![i].name } },
            })),
            tpms: shielded
              ? [{ model: 'tpm-crb', backend: { emulator: { version: '2.0', persistentState: 'yes', encryption: { secret: LIBVIRT_SECRETS.tpmSecret } } } }]
              : undefined,
          },
        });
      });
    }
  }
}
