import { RunbookData } from './protocol';
import { addStackFile } from './report';
import { TerraformStack } from '../core';
import { PairNode } from '../model/design';

/*
 * The failover runbook of a replica pair: the text every vendor shares, and the file it is written
 * to. A vendor's renderer gives only what differs (its `RunbookData`).
 */

/** The planned failover of a pair in guest mode: the application moves the primary's role. */
export function guestPlannedSteps(pair: PairNode): string[] {
  const primary = pair.primary.name;
  const replica = pair.replica!.name;
  return [
    `Stop writes on \`${primary}\` in the application and let \`${replica}\` catch up.`,
    `Promote \`${replica}\` in the application and move the clients to it (DNS name or virtual IP).`,
    `Make \`${primary}\` the replica of the new primary in the application.`,
  ];
}

/** The last step of every failback: the planned failover, the other way round. */
export const FAILBACK_BY_PLANNED_FAILOVER = 'Follow the planned failover with the roles swapped.';

/** Writes the failover runbook of a replica pair next to the stack output. */
export function writeRunbook(stack: TerraformStack, pair: PairNode, data: RunbookData): void {
  const numbered = (items: string[]) => items.map((s, i) => `${i + 1}. ${s}`);
  addStackFile(stack, `runbook-${pair.name}.md`, [
    `# Failover runbook: replica pair ${pair.name}`,
    '',
    data.summary,
    '',
    '## Planned failover',
    '',
    ...numbered(data.planned),
    '',
    '## Unplanned failover',
    '',
    ...numbered(data.unplanned),
    '',
    '## Failback',
    '',
    ...numbered(data.failback),
    ...(data.notes.length > 0 ? ['', '## Notes', '', ...data.notes.map((n) => `- ${n}`)] : []),
  ]);
}
