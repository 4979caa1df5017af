import { Construct, IConstruct } from 'constructs';
import { TerraformElement, TerraformProvider, WinrmProvisionerConnection } from '../../core';
import { HypervHostVersion } from '../../model/limits';
import { PlacementLock } from '../cluster-placement';

/** The external switch bridged networks share on every host. */
export interface HypervExternalSwitchSpec {
  readonly name: string;
  readonly adapters: string[];
  readonly allowManagementOs: boolean;
}

/** What the Hyper-V renderer needs of its target, with the target's defaults applied. */
export interface HypervRenderContext {
  readonly target: Construct;
  readonly hostNames: string[];
  readonly vmDirectory: string;
  readonly imageDirectory: string;
  readonly images: ReadonlyMap<string, string>;
  /** Folder of each storage location, by name, checked and without a trailing backslash. */
  readonly storageLocations: ReadonlyMap<string, string>;
  /** Folder of the ISO files of CD/DVD drives. */
  readonly isoDirectory: string;
  readonly externalSwitch?: HypervExternalSwitchSpec;
  /** The Windows failover cluster of the hosts, if any. */
  readonly failoverCluster?: { readonly name: string; readonly sharedVolumePath: string };
  /** Where cluster placements are kept. */
  readonly lock: PlacementLock;
  readonly hostVersion: HypervHostVersion;
  /** Set when the target lets the library run PowerShell on the hosts. */
  readonly remoteShell?: HypervRemoteShell;
  providerFor(host: string): TerraformProvider;
  nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void;
}

/** How the library runs PowerShell on the hosts, where the target allows it. */
export interface HypervRemoteShell {
  /** The HGS guardian of key protectors; a local key protector when undefined. */
  readonly guardian?: string;
  /** The WinRM connection of a provisioner on a host. */
  connectionFor(host: string): WinrmProvisionerConnection;
}
