import { GeneratorMetadata, lazily } from '../../light-resource';

/** The provider the bindings were generated from, as the generated classes give it. */
export const METADATA: GeneratorMetadata = { providerName: 'vsphere', providerVersion: '2.15.0', providerVersionConstraint: '~> 2.13' };

/** A module of `@cdktf/provider-vsphere`, loaded when first used. */
export function bindings<T>(name: string): () => T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return lazily(() => require(`@cdktf/provider-vsphere/lib/${name}`) as T);
}
