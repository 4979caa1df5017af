import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { TopologyTarget, topologyDiagram } from './diagram';
import { TerraformStack, Token, addCustomSynthesis, resolve } from '../core';

/** Name of the placement report written next to each stack's `cdk.tf.json`. */
export const REPORT_FILE = 'placement.txt';

/** Name of the topology diagram (Mermaid) written next to each stack's `cdk.tf.json`. */
export const TOPOLOGY_FILE = 'topology.mmd';

/** A section of a file: its lines, or a function that gives them when the file is written. */
type Section = string[] | (() => string[]);

/** Files to write next to each stack's output: file name to its sections. */
const files = new WeakMap<TerraformStack, Map<string, Section[]>>();

/** What each target of a stack renders, for the stack's topology diagram. */
const topologies = new WeakMap<TerraformStack, TopologyTarget[]>();

/**
 * Adds a section to a file written next to a stack's `cdk.tf.json` at synth: the placement report
 * (which host each VM runs on, how full the hosts are), a failover runbook or the topology
 * diagram. A section given as a function is asked for its lines when the file is written, after
 * every target of the stack has rendered.
 */
export function addStackFile(stack: TerraformStack, fileName: string, lines: Section): void {
  let byName = files.get(stack);
  if (byName === undefined) {
    byName = new Map();
    files.set(stack, byName);
    const all = byName;
    addCustomSynthesis(new Construct(stack, 'Reports'), {
      onSynthesize: (session) => {
        const stackDir = path.join(session.outdir, session.manifest.forStack(stack).synthesizedStackPath, '..');
        fs.mkdirSync(stackDir, { recursive: true });
        for (const [name, sections] of all) {
          const written = sections.flatMap((s) => [...(typeof s === 'function' ? s() : s), '']);
          // a token (a name given as a variable, say) is shown as its Terraform expression, as in
          // cdk.tf.json: never as the token's placeholder text, which differs from synth to synth
          const text = written.map((line) => (Token.isUnresolved(line) ? String(resolve(stack, line)) : line)).join('\n');
          fs.writeFileSync(path.join(stackDir, name), text);
        }
      },
    });
  }
  byName.set(fileName, [...(byName.get(fileName) ?? []), lines]);
}

/** Adds a section to the placement report of a stack. */
export function addReportSection(stack: TerraformStack, lines: string[]): void {
  const title = `Placement of stack ${stack.node.id} (written by cdktf-hypervisor at synth)`;
  const existing = files.get(stack)?.get(REPORT_FILE);
  addStackFile(stack, REPORT_FILE, existing === undefined ? [title, '='.repeat(title.length), '', ...lines] : lines);
}

/**
 * Adds a target's part to the topology diagram of a stack: one file per stack, with a subgraph
 * per target.
 */
export function addTopology(stack: TerraformStack, target: TopologyTarget): void {
  let all = topologies.get(stack);
  if (all === undefined) {
    const targets: TopologyTarget[] = [];
    all = targets;
    topologies.set(stack, targets);
    addStackFile(stack, TOPOLOGY_FILE, () => topologyDiagram(stack.node.id, targets).replace(/\n$/, '').split('\n'));
  }
  all.push(target);
}
