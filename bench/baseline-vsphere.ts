/** The hand-written program for vsphere (see baseline.ts). */
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
import { VsphereProvider, VsphereProviderConfig } from '@cdktf/provider-vsphere/lib/provider';
import { VirtualMachine, VirtualMachineDisk, VirtualMachineNetworkInterface } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Vnic } from '@cdktf/provider-vsphere/lib/vnic';
import { TerraformStack } from 'cdktf';
import { nicsOf, vmName } from './baseline-common';
import { ClusterPlan, NETWORKS, vmsOf } from './design';

export function vsphere(stack: TerraformStack, plan: ClusterPlan[]): void {
  // user and password from VSPHERE_USER and VSPHERE_PASSWORD, which the provider reads (the bindings mark them required)
  const provider = new VsphereProvider(stack, 'vsphere', { vsphereServer: 'vcenter.example.com', allowUnverifiedSsl: false } as VsphereProviderConfig);
  const dc = new DataVsphereDatacenter(stack, 'target_datacenter', { provider, name: 'dc1' });
  const ds = new DataVsphereDatastore(stack, 'target_datastore', { provider, name: 'vsan', datacenterId: dc.id });
  const dvs = new DataVsphereDistributedVirtualSwitch(stack, 'target_dvs', { provider, name: 'dvs', datacenterId: dc.id });
  const policy = new DataVsphereStoragePolicy(stack, 'target_encryption_policy', { provider, name: 'VM Encryption Policy' });
  const template = new DataVsphereVirtualMachine(stack, 'target_template_ubuntu-24_04', { provider, name: 'ubuntu-24.04', datacenterId: dc.id });
  const portGroups = NETWORKS.map((n) => new DistributedPortGroup(stack, n.id, {
    provider,
    name: n.id,
    distributedVirtualSwitchUuid: dvs.id,
    vlanId: n.vlanId,
    allowForgedTransmits: false,
    allowMacChanges: false,
    allowPromiscuous: false,
  }));
  const networkIds = portGroups.map((pg) => pg.id);
  const migration = portGroups[NETWORKS.findIndex((n) => n.id === 'migration')];
  const migrationKey = migration.key;
  const migrationSwitch = migration.distributedVirtualSwitchUuid;
  const datastoreId = ds.id;
  const policyId = policy.id;
  const templateId = template.id;
  const osDisk = template.disks.get(0);
  const osDiskSize = osDisk.size;
  const osDiskThin = osDisk.thinProvisioned;
  const osDiskEager = osDisk.eagerlyScrub;
  const extraConfig = { 'bios.bootDeviceClasses': 'allow:hd' };
  const vtpm = { version: '2.0' };
  const shieldedNote = 'Shielded VM: Secure Boot, vTPM 2.0; keys from key provider nkp';
  const encryptedNote = 'Shielded VM: Secure Boot, vTPM 2.0, encryption (VM Encryption Policy); keys from key provider nkp';

  for (const c of plan) {
    const hostIds = c.hosts.map((h) => new DataVsphereHost(stack, `target_host_${h}`, { provider, name: h, datacenterId: dc.id }).id);
    const cluster = new ComputeCluster(stack, c.id, {
      provider,
      name: c.id,
      datacenterId: dc.id,
      hostSystemIds: hostIds,
      drsEnabled: true,
      haEnabled: true,
      haHostMonitoring: 'enabled',
      haAdmissionControlPolicy: 'resourcePercentage',
      haAdmissionControlHostFailureTolerance: 1,
      haAdmissionControlResourcePercentageAutoCompute: true,
    });
    const clusterId = cluster.id;
    const resourcePoolId = cluster.resourcePoolId;
    hostIds.forEach((host, i) => new Vnic(stack, `${c.id}_vmotion_${c.hosts[i]}`, {
      provider, host, distributedPortGroup: migrationKey, distributedSwitchPort: migrationSwitch, ipv4: { dhcp: true }, netstack: 'vmotion',
    }));

    const vmIds = new Map<string, string>();
    for (const slot of c.slots) {
      const shielded = slot.kind === 'shielded';
      const storagePolicyId = slot.encrypted ? policyId : undefined;
      const made = vmsOf(slot).map((name) => {
        const disks: VirtualMachineDisk[] = [{
          label: 'os', unitNumber: 0, size: osDiskSize, thinProvisioned: osDiskThin, eagerlyScrub: osDiskEager, storagePolicyId,
        }];
        if (slot.dataDisk) {
          disks.push({ label: 'data', unitNumber: 1, size: 50, thinProvisioned: true, eagerlyScrub: false, keepOnRemove: true, storagePolicyId });
        }
        const nics: VirtualMachineNetworkInterface[] = nicsOf(slot).map((i) => ({ networkId: networkIds[i], adapterType: 'vmxnet3' }));
        return new VirtualMachine(stack, name, {
          provider,
          name: vmName(name),
          annotation: shielded ? (slot.encrypted ? encryptedNote : shieldedNote) : undefined,
          resourcePoolId,
          datastoreId,
          numCpus: 2,
          memory: 4096,
          guestId: 'ubuntu64Guest',
          firmware: 'efi',
          efiSecureBootEnabled: true,
          enableLogging: true,
          extraConfig,
          vtpm: shielded ? vtpm : undefined,
          storagePolicyId,
          scsiType: 'pvscsi',
          clone: { templateUuid: templateId },
          disk: disks,
          networkInterface: nics,
        });
      });
      if (slot.kind === 'pair') {
        new ComputeClusterVmAntiAffinityRule(stack, `${slot.id}_apart`, {
          provider, name: `${slot.id}-apart`, computeClusterId: clusterId, mandatory: true, virtualMachineIds: made.map((vm) => vm.id),
        });
        made.forEach((vm, i) => new HaVmOverride(stack, `${vmsOf(slot)[i]}_ha`, {
          provider, computeClusterId: clusterId, virtualMachineId: vm.id, haVmRestartPriority: i === 0 ? 'high' : 'medium',
        }));
      } else {
        vmIds.set(slot.id, made[0].id);
      }
    }
    for (const rule of c.rules) {
      const virtualMachineIds = rule.members.map((m) => vmIds.get(m)!);
      const props = { provider, name: rule.id, computeClusterId: clusterId, mandatory: true, virtualMachineIds };
      if (rule.kind === 'apart') {
        new ComputeClusterVmAntiAffinityRule(stack, rule.id, props);
      } else {
        new ComputeClusterVmAffinityRule(stack, rule.id, props);
      }
    }
  }
}

