/**
 * The baseline of the benchmark: the fastest program a platform team would write by hand for the
 * Terraform JSON the library writes for the same design. It is a cdktf program that creates the
 * provider resources directly with the provider classes (the npm vSphere bindings, and the hyperv,
 * libvirt and proxmox bindings generated from the same schemas as `cdktf get` would), and `terraform_data`
 * with a small resource class of its own (cdktf's `DataResource` runs `terraform version` for every
 * instance, about 30 ms each, which no one writing this by hand for thousands of scripts would keep).
 *
 * It writes the library's JSON: the same resources under the same names with the same attributes
 * (only cdktf's `//` metadata, which records construct paths, differs), which the benchmark checks.
 * Hosts of Hyper-V, libvirt and Proxmox VE VMs come from a table, as a hand-written program would list them;
 * the benchmark gives it the library's placement of the same design (without one: round-robin).
 * Everything the VMs share (references, connections, firmware settings) is built once.
 */
import { TerraformStack } from 'cdktf';
import { HostTable } from './baseline-common';
import { BenchVendor, ClusterPlan } from './design';

export type { HostTable } from './baseline-common';

/**
 * Builds the baseline program's resources for the vendor. `hosts` places Hyper-V, libvirt and Proxmox VE VMs;
 * VMs it does not list go to their cluster's hosts in turn.
 */
export function buildBaseline(stack: TerraformStack, vendor: BenchVendor, plan: ClusterPlan[], hosts: HostTable = {}): void {
  // each vendor's program loads only its own provider bindings, as a hand-written one would
  /* eslint-disable @typescript-eslint/no-require-imports */
  switch (vendor) {
    case 'vsphere': return (require('./baseline-vsphere') as typeof import('./baseline-vsphere')).vsphere(stack, plan);
    case 'hyperv': return (require('./baseline-hyperv') as typeof import('./baseline-hyperv')).hyperv(stack, plan, hosts);
    case 'libvirt': return (require('./baseline-libvirt') as typeof import('./baseline-libvirt')).libvirt(stack, plan, hosts);
    case 'proxmox': return (require('./baseline-proxmox') as typeof import('./baseline-proxmox')).proxmox(stack, plan, hosts);
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
}
