import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { TerraformStack, addCustomSynthesis } from '../core';

/** Name of the report written next to each stack's `cdk.tf.json`. */
export const REPORT_FILE = 'placement.txt';

const sections = new WeakMap<TerraformStack, string[][]>();

/**
 * Adds a section to the placement report of a stack: a plain-text file next to the stack's
 * `cdk.tf.json` that says which host each VM runs on and how full the hosts are.
 */
export function addReportSection(stack: TerraformStack, lines: string[]): void {
  let all = sections.get(stack);
  if (all === undefined) {
    all = [];
    sections.set(stack, all);
    addCustomSynthesis(new Construct(stack, 'PlacementReport'), {
      onSynthesize: (session) => {
        const stackDir = path.join(session.outdir, session.manifest.forStack(stack).synthesizedStackPath, '..');
        fs.mkdirSync(stackDir, { recursive: true });
        const title = `Placement of stack ${stack.node.id} (written by cdktf-hypervisor at synth)`;
        const body = [title, '='.repeat(title.length), '', ...all!.flatMap((s) => [...s, ''])];
        fs.writeFileSync(path.join(stackDir, REPORT_FILE), body.join('\n'));
      },
    });
  }
  all.push(lines);
}
