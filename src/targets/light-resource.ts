import { Construct } from 'constructs';
import { App, TerraformDataSource, TerraformMetaArguments, TerraformResource, TerraformStack, Tokenization } from '../core';

/*
 * The common part of resources and data sources typed by the generated configurations and
 * converted by the generated converters, without the generated classes. A generated class builds
 * its whole tree of output references when it is created, each node capturing a stack trace; a
 * light class keeps the configuration, converts it when the stack is synthesized, and gives the
 * attributes a target reads as the same Terraform expressions. The generated class is still used
 * for HCL output (`cdktf synth --hcl`), which is rare.
 */

/** The provider a generated class comes from, as the class gives it to its resources. */
export interface GeneratorMetadata {
  readonly providerName: string;
  readonly providerVersion: string;
  readonly providerVersionConstraint: string;
}

/** The nested single blocks of a block (by configuration key), each with its own. */
export interface BlockShape {
  readonly [key: string]: BlockShape;
}

/** The converter of a plain value, as cdktf's converters of strings, numbers and booleans: the value itself. */
export const plain = <T>(value: T): T => value;

/**
 * A single (not list) block as a generated class keeps it before converting it: the keys without
 * a value left out, and the whole block left out when it has keys but none with a value (an empty
 * object stays an empty block). `shape` names the nested single blocks, which are kept the same
 * way; lists of blocks are kept as they are.
 */
export function block<T>(value: T | undefined, shape: BlockShape = {}): T | undefined {
  if (value === undefined || value === null || Tokenization.isResolvable(value)) return value;
  const kept: { [key: string]: unknown } = {};
  let any = Object.keys(value).length === 0;
  for (const [key, v] of Object.entries(value)) {
    const inner = shape[key] !== undefined ? block(v, shape[key]) : v;
    if (inner !== undefined) {
      kept[key] = inner;
      any = true;
    }
  }
  return any ? kept as T : undefined;
}

/** A generated module, loaded when first used: a program or test that does not use it need not pay for loading it. */
export function lazily<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

/** The meta-arguments of a configuration, passed on as a generated class passes them. */
function metaArguments(config: TerraformMetaArguments): TerraformMetaArguments {
  return {
    provider: config.provider,
    dependsOn: config.dependsOn,
    count: config.count,
    lifecycle: config.lifecycle,
    provisioners: config.provisioners,
    connection: config.connection,
    forEach: config.forEach,
  };
}

/** The HCL attributes of the generated class `full` creates, in a stack of its own. */
function hclAttributes(full: (scope: Construct) => TerraformResource | TerraformDataSource): { [name: string]: any } {
  return (full(new TerraformStack(new App(), 'hcl')) as any).synthesizeHclAttributes();
}

/** A resource without the generated class (see the top of this file). */
export abstract class LightResource<C extends TerraformMetaArguments> extends TerraformResource {
  constructor(scope: Construct, id: string, type: string, metadata: GeneratorMetadata, protected readonly config: C) {
    super(scope, id, { terraformResourceType: type, terraformGeneratorMetadata: metadata, ...metaArguments(config) });
  }

  /** The ID the provider gives it, as a reference. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The generated class with the same configuration, for HCL output. */
  protected abstract full(scope: Construct): TerraformResource;

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return hclAttributes((scope) => this.full(scope));
  }
}

/** A data source without the generated class (see the top of this file). */
export abstract class LightDataSource<C extends TerraformMetaArguments> extends TerraformDataSource {
  constructor(scope: Construct, id: string, type: string, metadata: GeneratorMetadata, protected readonly config: C) {
    super(scope, id, { terraformResourceType: type, terraformGeneratorMetadata: metadata, ...metaArguments(config) });
  }

  /** The ID the provider gives it, as a reference. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The generated class with the same configuration, for HCL output. */
  protected abstract full(scope: Construct): TerraformDataSource;

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return hclAttributes((scope) => this.full(scope));
  }
}
