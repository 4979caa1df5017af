/**
 * The one module of the library that imports the CDK for Terraform core package.
 *
 * cdktf was archived at 0.21.0; its community fork (cdktn) is a drop-in replacement with the same
 * API, so moving to it is a change of the module name below (and a regeneration of the bindings
 * in `src/providers/`, whose generator writes the import of its own core package).
 */
export {
  Annotations,
  App,
  TerraformResource,
  Aspects,
  Fn,
  TerraformAsset,
  AssetType,
  DataResource,
  TerraformElement,
  TerraformProvider,
  TerraformStack,
  TerraformVariable,
  Token,
} from 'cdktf';
export type { IAspect } from 'cdktf';
export type { WinrmProvisionerConnection } from 'cdktf';

// Custom synthesis is not exported from the package root; writing files next to a stack's output
// (the placement report) needs it.
export { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
