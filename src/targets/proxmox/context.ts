import { Construct } from 'constructs';
import type { ProxmoxReplicationSettings } from './proxmox-target';
import { TerraformProvider } from '../../core';
import type { VmNode } from '../../model/design';
import { PlacementLock } from '../cluster-placement';
import { NameAfter } from '../protocol';

/** The datastores of a Proxmox VE target, with defaults applied. */
export interface ProxmoxDatastores {
  /** VM disks, unless the VM or disk names its storage. */
  readonly disks: string;
  /** EFI variables and TPM state. */
  readonly state: string;
  /** Downloaded disk images (content type `import`). */
  readonly images: string;
  /** ISO files of CD/DVD drives (content type `iso`). */
  readonly isos: string;
  /** Cloud-init snippets (content type `snippets`). */
  readonly snippets: string;
  /** Whether the snippets datastore is shared by every node (one copy of each snippet), or local to each (a copy per node). */
  readonly sharedSnippets: boolean;
  /** The storage encrypted below Proxmox VE that holds every disk and state of an encrypted VM. */
  readonly encrypted?: string;
}

/** What the Proxmox VE renderer needs of its target: its settings, with defaults applied, and its provider. */
export interface ProxmoxRenderContext {
  readonly target: Construct;
  /** The cluster's nodes, in the order given. */
  readonly nodes: readonly string[];
  readonly datastores: ProxmoxDatastores;
  /** The Linux bridge of every node that the SDN VLAN zone and existing networks sit on. */
  readonly bridge: string;
  /** The ID of the SDN zone the target's networks are vnets of. */
  readonly zone: string;
  /** Where cluster placements are kept. */
  readonly lock: PlacementLock;
  /** How hypervisor-mode replica pairs are replicated. */
  readonly replication: ProxmoxReplicationSettings;
  /** The primary VMs of hypervisor-mode replica pairs, whose disks go on the replication datastore (set by the renderer). */
  readonly replicatedVms?: ReadonlySet<VmNode>;
  readonly provider: TerraformProvider;
  readonly nameAfter: NameAfter;
}
