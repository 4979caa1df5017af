import { Size } from './size';

/**
 * The order in which HA restarts VMs after a host failure. Hyper-V failover clusters know three
 * priorities: LOWEST and LOW become Low (1000), MEDIUM Medium (2000), HIGH and HIGHEST High (3000).
 */
export enum RestartPriority {
  /** Restarted last. */
  LOWEST = 'lowest',
  /** Restarted after medium-priority VMs. */
  LOW = 'low',
  /** The default. */
  MEDIUM = 'medium',
  /** Restarted before medium-priority VMs. */
  HIGH = 'high',
  /** Restarted first. */
  HIGHEST = 'highest',
}

/** What a host does with its VMs when it loses contact with the rest of the cluster. */
export enum IsolationResponse {
  /** Keep the VMs running. */
  NONE = 'none',
  /** Shut the guests down, so HA can restart them elsewhere. */
  SHUT_DOWN = 'shut-down',
  /** Power the VMs off, so HA can restart them elsewhere. */
  POWER_OFF = 'power-off',
}

/** Whether HA watches the guests and restarts unresponsive ones. */
export enum VmMonitoring {
  /** No monitoring. */
  DISABLED = 'disabled',
  /** Restart VMs whose guest stops sending heartbeats. */
  VM_ONLY = 'vm-only',
  /** Also restart VMs whose applications stop sending heartbeats. */
  VM_AND_APPLICATION = 'vm-and-application',
}

/** How far the cluster's scheduler moves VMs on its own. */
export enum DrsAutomation {
  /** Recommends placements and migrations only. */
  MANUAL = 'manual',
  /** Places VMs at power-on; recommends migrations. */
  PARTIALLY_AUTOMATED = 'partially-automated',
  /** Places and migrates VMs on its own. */
  FULLY_AUTOMATED = 'fully-automated',
}

/** What one host of a cluster offers to VMs. */
export interface HostCapacity {
  /** Physical CPU cores. */
  readonly cpuCores: number;
  /** Installed memory available to VMs. */
  readonly memory: Size;
}
