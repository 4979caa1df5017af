import { TerraformStack, Testing } from 'cdktf';

/** A fresh stack in a fresh app. */
export function newStack(id = 'test'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

/** The synthesized JSON of a stack, parsed. */
export function synth(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}
