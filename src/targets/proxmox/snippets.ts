import { ProxmoxRenderContext } from './context';
import { TerraformResource } from '../../core';
import { VmNode } from '../../model/design';
import { GuestInitKind } from '../../model/guest-init';
import { VirtualEnvironmentFile } from '../../providers/proxmox/virtual-environment-file';
import { cloudInitDocuments } from '../cloud-init';
import { tfText } from '../escaping';

/*
 * The cloud-init documents of a VM as snippets: files of the snippets datastore that the VM's
 * `initialization` names by volume ID (`<datastore>:snippets/<file>`). Proxmox VE builds the
 * config drive from them when the VM starts, on the node it starts on, so on a node-local datastore
 * each snippet is uploaded to every node the VM may start on: its cluster's nodes, or its own.
 */

/** The volume IDs of a VM's snippets, for its `initialization`. */
export interface VmSnippets {
  readonly userData: string;
  readonly metaData: string;
  /** A network config of the design's own; undefined: Proxmox VE writes one from `ip_config`. */
  readonly networkData?: string;
  /** Every snippet file rendered, by role. */
  readonly resources: { readonly [role: string]: TerraformResource };
}

/**
 * Uploads a VM's snippets; undefined for a VM without guest initialisation.
 *
 * @param node the node the VM is placed on
 */
export function renderSnippets(ctx: ProxmoxRenderContext, vm: VmNode, node: string): VmSnippets | undefined {
  const docs = cloudInitDocuments(vm);
  if (docs === undefined) return undefined;
  const { snippets, sharedSnippets } = ctx.datastores;
  // the node the VM is placed on first: its copy is the one the VM names
  const nodes = sharedSnippets || vm.cluster === undefined ? [node] : [node, ...vm.cluster.hosts.filter((h) => h !== node)];
  const resources: { [role: string]: TerraformResource } = {};
  const upload = (kind: string, data: string): string => {
    const files = nodes.map((n) => {
      const file = new VirtualEnvironmentFile(vm.scope, `${kind}-${n}`, {
        provider: ctx.provider,
        nodeName: n,
        datastoreId: snippets,
        contentType: 'snippets',
        sourceRaw: { data: tfText(vm.scope, `cloud-init ${kind}`, data), fileName: `${vm.name}.${kind}.yaml` },
      });
      ctx.nameAfter(file, vm.scope, nodes.length === 1 ? kind : `${kind}_${n}`);
      resources[nodes.length === 1 ? kind : `${kind}-${n}`] = file;
      return file;
    });
    return files[0].getStringAttribute('id');
  };
  const custom = vm.guestInit?.kind === GuestInitKind.CLOUD_INIT ? vm.guestInit.networkConfig : undefined;
  // a Windows guest reads a config drive (configdrive2) with cloudbase-init, which takes the OpenStack keys
  const meta = JSON.parse(docs.metaData) as { 'instance-id': string; 'local-hostname': string };
  const metaData = vm.guestOs.isWindows
    ? JSON.stringify({ ...meta, uuid: meta['instance-id'], hostname: meta['local-hostname'] })
    : docs.metaData;
  return {
    userData: upload('user-data', docs.userData),
    metaData: upload('meta-data', metaData),
    networkData: custom === undefined ? undefined : upload('network-data', custom),
    resources,
  };
}
