/**
 * The hand-written program for Proxmox VE (see baseline.ts): the generated bpg/proxmox classes, as
 * `cdktf get` writes them, one Proxmox VE cluster (provider, SDN zone and vnets, migration
 * settings, template lookup) per cluster of the plan, and per VM its VM resource and HA resource.
 *
 * `network_device` is a list of objects in the provider's schema, and Terraform refuses a JSON
 * object of it without every one of its keys; the generated class writes only the keys that are
 * set, so each VM's NICs are written with `addOverride`, every key present (null when unset).
 *
 * Each part of the output is built by one function below, so that a change of the library's JSON
 * changes one place here.
 */
import { createHash } from 'crypto';
import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { HostTable, hostsOf, nicsOf, vmName } from './baseline-common';
import { ClusterPlan, NETWORKS, PROXMOX, RulePlan, SlotPlan, vmsOf } from './design';
import { ClusterOptions } from '../lib/providers/proxmox/cluster-options';
import { DataProxmoxVirtualEnvironmentVms } from '../lib/providers/proxmox/data-proxmox-virtual-environment-vms';
import { Haresource } from '../lib/providers/proxmox/haresource';
import { Harule } from '../lib/providers/proxmox/harule';
import { ProxmoxProvider } from '../lib/providers/proxmox/provider';
import { SdnApplier } from '../lib/providers/proxmox/sdn-applier';
import { SdnVnet } from '../lib/providers/proxmox/sdn-vnet';
import { SdnZoneVlan } from '../lib/providers/proxmox/sdn-zone-vlan';
import { VirtualEnvironmentVm, VirtualEnvironmentVmConfig } from '../lib/providers/proxmox/virtual-environment-vm';

const TEMPLATE = 'ubuntu-24.04';
const MIGRATION_SUBNET = '10.0.20.0/24';

/**
 * The SDN ID of a vnet (a letter, then letters and digits, 2 to 8 in all): the network's name, or for a
 * longer name `n` and 7 hexadecimal digits of its SHA-256, the IDs the library gives them.
 */
function vnetId(name: string): string {
  return /^[A-Za-z][A-Za-z0-9]{0,6}[A-Za-z0-9]$/.test(name) ? name : `n${createHash('sha256').update(name).digest('hex').slice(0, 7)}`;
}

/** What the VMs of one Proxmox VE cluster share. */
interface ClusterParts {
  provider: ProxmoxProvider;
  /** The vnet IDs, by index into NETWORKS. */
  vnets: string[];
  /** The SDN applier every VM waits for. */
  applier: SdnApplier;
  /** The template's node and VM ID. */
  template: { nodeName: string; vmId: number };
}

/** The provider, SDN zone, vnets and applier, migration settings and template lookup of a cluster. */
function clusterParts(stack: TerraformStack, c: ClusterPlan, token: string, several: boolean): ClusterParts {
  const target = PROXMOX.targetId(c.id);
  const provider = new ProxmoxProvider(stack, `${target}_provider`, {
    alias: several ? c.id : undefined,
    endpoint: PROXMOX.endpoint(c.hosts),
    apiToken: token,
    insecure: false,
    ssh: { agent: true, username: 'root' },
  });
  new ClusterOptions(stack, `${target}_cluster_options`, { provider, migrationCidr: MIGRATION_SUBNET, migrationType: 'secure' });
  const zone = new SdnZoneVlan(stack, `${target}_zone`, { provider, id: 'designs', bridge: 'vmbr0', nodes: c.hosts });
  const vnetResources = NETWORKS.map((n) => new SdnVnet(stack, `${c.id}-${n.id}`, { provider, id: vnetId(n.id), alias: n.id, zone: zone.id, tag: n.vlanId }));
  const applier = new SdnApplier(stack, `${target}_sdn`, { provider, dependsOn: [zone, ...vnetResources] });
  const lookup = new DataProxmoxVirtualEnvironmentVms(stack, `${target}_template_${TEMPLATE.replace('.', '_')}`, {
    provider,
    filter: [{ name: 'name', values: [TEMPLATE] }, { name: 'template', values: ['true'] }],
    lifecycle: {
      postcondition: [{
        condition: '${length(self.vms) == 1}',
        errorMessage: `Exactly one template named "${TEMPLATE}" must exist in the Proxmox VE cluster.`,
      }],
    },
  });
  // the first VM the lookup finds, as `vms.0.<attribute>` (`lookup.vms.get(0)` writes the same as `vms[0]`)
  const template = { nodeName: lookup.getStringAttribute('vms.0.node_name'), vmId: lookup.getNumberAttribute('vms.0.vm_id') };
  return { provider, vnets: vnetResources.map((v) => v.id), applier, template };
}

/** A NIC as the provider reads it in JSON: every key of the object, null when unset. */
function nicObject(bridge: string) {
  return {
    bridge,
    disconnected: null,
    enabled: null,
    firewall: true,
    mac_address: null,
    model: 'virtio',
    mtu: null,
    queues: null,
    rate_limit: null,
    trunks: null,
    vlan_id: null,
  };
}

/** The settings every VM shares, built once. */
const FIXED = {
  bios: 'ovmf',
  bootOrder: ['scsi0'],
  cpu: { cores: 2, sockets: 1, type: 'x86-64-v2-AES' },
  machine: 'q35',
  memory: { dedicated: 4096 },
  migrate: true,
  operatingSystem: { type: 'l26' },
  scsiHardware: 'virtio-scsi-single',
  started: true,
} satisfies Partial<VirtualEnvironmentVmConfig>;

/** The clone source is read at creation only: a VM keeps its disks when the template changes. */
const KEEP = { ignoreChanges: ['clone'] };
/** The same for a VM with a data disk, which Terraform also must not destroy. */
const KEEP_DISKS = { ...KEEP, preventDestroy: true };

/** A VM's HA resource and the ID HA rules name it by. */
interface HaMember { resource: Haresource; id: string }

/** One VM of a slot on its node, with its HA resource (named as the VM is). */
function vm(stack: TerraformStack, parts: ClusterParts, slot: SlotPlan, name: string, node: string): HaMember {
  const datastoreId = slot.encrypted ? PROXMOX.encryptedDatastore : PROXMOX.datastore;
  const disk = (interfaceName: string, size: number) => ({ datastoreId, discard: 'on', interface: interfaceName, iothread: true, size });
  const resource = new VirtualEnvironmentVm(stack, name, {
    ...FIXED,
    provider: parts.provider,
    dependsOn: [parts.applier],
    name: vmName(name),
    nodeName: node,
    clone: { datastoreId, full: true, nodeName: parts.template.nodeName, vmId: parts.template.vmId },
    disk: slot.dataDisk ? [disk('scsi0', 20), disk('scsi1', 50)] : [disk('scsi0', 20)],
    efiDisk: { datastoreId, fileFormat: 'raw', preEnrolledKeys: true, type: '4m' },
    tpmState: slot.kind === 'shielded' ? { datastoreId, version: 'v2.0' } : undefined,
    lifecycle: slot.dataDisk ? KEEP_DISKS : KEEP,
  });
  resource.addOverride('network_device', nicsOf(slot).map((n) => nicObject(parts.vnets[n])));
  const id = `vm:${Token.asString(resource.vmId)}`;
  const ha = new Haresource(stack, `${name}_ha`, { provider: parts.provider, resourceId: id, state: 'started', maxRelocate: 1, maxRestart: 1 });
  ha.overrideLogicalId(name);
  return { resource: ha, id };
}

/** An HA rule keeping VMs apart or together. */
function rule(stack: TerraformStack, parts: ClusterParts, name: string, kind: RulePlan['kind'], members: HaMember[]): void {
  new Harule(stack, name, {
    provider: parts.provider,
    rule: vmName(name),
    type: 'resource-affinity',
    affinity: kind === 'apart' ? 'negative' : 'positive',
    comment: `Rule group ${vmName(name)}`,
    resources: members.map((m) => m.id),
    dependsOn: members.map((m) => m.resource),
  });
}

export function proxmox(stack: TerraformStack, plan: ClusterPlan[], table: HostTable): void {
  const token = new TerraformVariable(stack, 'proxmox_api_token', {
    type: 'string',
    description: 'Proxmox VE API token (user@realm!tokenid=secret)',
    sensitive: true,
    nullable: false,
  }).stringValue;
  for (const c of plan) {
    const parts = clusterParts(stack, c, token, plan.length > 1);
    const hostOf = hostsOf(c, table);
    const ha = new Map<string, HaMember>();
    for (const slot of c.slots) {
      const members = vmsOf(slot).map((name) => vm(stack, parts, slot, name, hostOf.get(name)!));
      if (slot.kind === 'pair') rule(stack, parts, `${slot.id}_apart`, 'apart', members);
      else ha.set(slot.id, members[0]);
    }
    for (const r of c.rules) rule(stack, parts, r.id, r.kind, r.members.map((id) => ha.get(id)!));
  }
}
