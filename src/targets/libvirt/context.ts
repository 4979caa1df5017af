import { Construct } from 'constructs';
import { TerraformProvider } from '../../core';
import { KvmPlatform } from '../../model/limits';
import { PlacementLock } from '../cluster-placement';
import { NameAfter } from '../protocol';

/** What the libvirt renderer needs of its target: its settings, with defaults applied, and its providers. */
export interface LibvirtRenderContext {
  readonly target: Construct;
  readonly hostNames: string[];
  readonly pool: { readonly name: string; readonly path?: string };
  readonly imageDirectory: string;
  /** Folder of the ISO images of CD/DVD drives on every host. */
  readonly isoDirectory: string;
  readonly images: ReadonlyMap<string, string>;
  readonly bridge?: { readonly name: string; readonly openvswitch: boolean };
  readonly encryption?: { readonly diskSecret: string; readonly tpmSecret?: string };
  readonly sev?: { readonly cbitPosition: number; readonly reducedPhysBits: number; readonly policy?: number };
  /** Where cluster placements are kept. */
  readonly lock: PlacementLock;
  readonly platform: KvmPlatform;
  readonly nameAfter: NameAfter;
  providerFor(host: string): TerraformProvider;
}
