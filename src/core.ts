/**
 * The one module of the library that imports the CDK for Terraform core package.
 *
 * cdktf was archived at 0.21.0; its community fork (cdktn) is a drop-in replacement with the same
 * API, so moving to it is a change of the module name below (and a regeneration of the bindings
 * in `src/providers/`, whose generator writes the import of its own core package).
 */
export {
  AnnotationMetadataEntryType,
  Annotations,
  App,
  TerraformResource,
  Aspects,
  Fn,
  Lazy,
  TerraformAsset,
  AssetType,
  DataResource,
  TerraformDataSource,
  TerraformElement,
  TerraformProvider,
  TerraformStack,
  TerraformVariable,
  Token,
  Tokenization,
  anyToTerraform,
  anyToHclTerraform,
  hashMapper,
  hashMapperHcl,
  listMapper,
} from 'cdktf';
export type { IAspect, IResolvable, IResolveContext, TerraformMetaArguments } from 'cdktf';
export type { FileProvisioner, RemoteExecProvisioner, WinrmProvisionerConnection } from 'cdktf';

// Custom synthesis is not exported from the package root; writing files next to a stack's output
// (the placement report) needs it.
export { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
// Resolving a resource's attributes before synthesis (the security baseline reads them).
export { resolve } from 'cdktf/lib/_tokens';
// The Terraform version check cdktf's own `terraform_data` resource runs, for a stack to run it once.
export { ValidateTerraformVersion } from 'cdktf/lib/validations/validate-terraform-version';
// Telling plain values from tokens, for reading many resources' attributes faster than `resolve`.
export { containsMapToken, containsNumberListTokenElement, containsStringListTokenElement, unresolved } from 'cdktf/lib/tokens/private/encoding';
