import { DrsAutomation, IsolationResponse, RestartPriority, VmMonitoring } from '../../model/cluster';

/*
 * The cluster settings of the design as the vSphere provider spells them, on
 * `vsphere_compute_cluster`, `vsphere_ha_vm_override` and `vsphere_drs_vm_override`.
 */

/** `ha_vm_restart_priority` values. */
const RESTART_PRIORITIES: Readonly<Record<RestartPriority, string>> = {
  [RestartPriority.LOWEST]: 'lowest',
  [RestartPriority.LOW]: 'low',
  [RestartPriority.MEDIUM]: 'medium',
  [RestartPriority.HIGH]: 'high',
  [RestartPriority.HIGHEST]: 'highest',
};

/** `ha_host_isolation_response` values. */
const ISOLATION_RESPONSES: Readonly<Record<IsolationResponse, string>> = {
  [IsolationResponse.NONE]: 'none',
  [IsolationResponse.SHUT_DOWN]: 'shutdown',
  [IsolationResponse.POWER_OFF]: 'powerOff',
};

/** `ha_vm_monitoring` values. */
const VM_MONITORING: Readonly<Record<VmMonitoring, string>> = {
  [VmMonitoring.DISABLED]: 'vmMonitoringDisabled',
  [VmMonitoring.VM_ONLY]: 'vmMonitoringOnly',
  [VmMonitoring.VM_AND_APPLICATION]: 'vmAndAppMonitoring',
};

/** `drs_automation_level` values. */
const DRS_AUTOMATION: Readonly<Record<DrsAutomation, string>> = {
  [DrsAutomation.MANUAL]: 'manual',
  [DrsAutomation.PARTIALLY_AUTOMATED]: 'partiallyAutomated',
  [DrsAutomation.FULLY_AUTOMATED]: 'fullyAutomated',
};

/** The vSphere `ha_vm_restart_priority` of a restart priority; undefined stays undefined (the cluster's or vSphere's default). */
export function vsphereRestartPriority(priority: RestartPriority | undefined): string | undefined {
  return priority === undefined ? undefined : RESTART_PRIORITIES[priority];
}

/** The vSphere `ha_host_isolation_response` of an isolation response; undefined stays undefined (vSphere's default). */
export function vsphereIsolationResponse(response: IsolationResponse | undefined): string | undefined {
  return response === undefined ? undefined : ISOLATION_RESPONSES[response];
}

/** The vSphere `ha_vm_monitoring` of a VM monitoring setting; undefined stays undefined (vSphere's default). */
export function vsphereVmMonitoring(monitoring: VmMonitoring | undefined): string | undefined {
  return monitoring === undefined ? undefined : VM_MONITORING[monitoring];
}

/** The vSphere `drs_automation_level` of a DRS automation level; undefined stays undefined (the cluster's or vSphere's default). */
export function vsphereDrsAutomation(automation: DrsAutomation | undefined): string | undefined {
  return automation === undefined ? undefined : DRS_AUTOMATION[automation];
}
