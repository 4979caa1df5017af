import { ProxmoxRenderContext } from './context';
import { TerraformResource, Token } from '../../core';
import { VmNode } from '../../model/design';
import { Haresource } from '../../providers/proxmox/haresource';

/*
 * Proxmox VE HA: every VM of a cluster is an HA resource (`proxmox_haresource`, `vm:<id>`), which
 * the HA manager keeps started and recovers on another node when its node fails.
 */

/** The HA resource of a cluster's VM: kept started, restarted once on its node, then relocated once. */
export function renderHaResource(ctx: ProxmoxRenderContext, vm: VmNode, vmId: number): TerraformResource {
  const resource = new Haresource(vm.scope, 'HaResource', {
    provider: ctx.provider,
    resourceId: `vm:${Token.asString(vmId)}`,
    state: 'started',
    maxRestart: 1,
    maxRelocate: 1,
  });
  ctx.nameAfter(resource, vm.scope);
  return resource;
}
