import { PlacementInput, PlacementRule, place } from '../lib/placement/engine';

/**
 * The placement engine's benchmark input: 10,000 VMs of 1–8 vCPUs and 2–32 GiB on 200 hosts of 64
 * cores and 1 TiB, with 500 rule groups of every kind (three VMs apart, two together, VMs kept on or
 * off a set of hosts; one in five preferred rather than mandatory), tolerating one host failure.
 */
export function placementInput(vms = 10_000, hosts = 200, groups = 500): PlacementInput {
  const hostNames = Array.from({ length: hosts }, (_, h) => `host${String(h + 1).padStart(3, '0')}`);
  const vmNames = Array.from({ length: vms }, (_, v) => `vm${String(v + 1).padStart(5, '0')}`);
  const rules: PlacementRule[] = [];
  for (let g = 0; g < groups; g++) {
    const first = g * 10;
    const mandatory = g % 5 !== 4;
    const hostSet = [hostNames[(g * 7) % hosts], hostNames[(g * 7 + 1) % hosts], hostNames[(g * 7 + 2) % hosts]];
    switch (g % 4) {
      case 0: rules.push({ name: `g${g}`, kind: 'apart', vms: vmNames.slice(first, first + 3), mandatory }); break;
      case 1: rules.push({ name: `g${g}`, kind: 'together', vms: vmNames.slice(first, first + 2), mandatory }); break;
      case 2: rules.push({ name: `g${g}`, kind: 'run-on', vms: vmNames.slice(first, first + 2), hosts: hostSet, mandatory }); break;
      default: rules.push({ name: `g${g}`, kind: 'not-run-on', vms: vmNames.slice(first, first + 2), hosts: hostSet, mandatory }); break;
    }
  }
  return {
    hosts: hostNames.map((name) => ({ name, cores: 64, memoryMib: 1024 * 1024 })),
    vms: vmNames.map((name, i) => ({ name, cpus: 1 + (i % 8), memoryMib: 1024 * (2 + (i % 16) * 2) })),
    rules,
    cpuOvercommit: 4,
    memoryOvercommit: 1,
    hostFailuresToTolerate: 1,
    lock: new Map(),
    rebalance: false,
  };
}

/** Places the benchmark input `runs` times; the times in ms and whether every result was the same. */
export function benchPlacement(runs: number): { times: number[]; deterministic: boolean; placed: number } {
  const times: number[] = [];
  let first: string | undefined;
  let deterministic = true;
  let placed = 0;
  for (let r = 0; r < runs; r++) {
    const input = placementInput();
    const start = process.hrtime.bigint();
    const result = place(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error(`the placement benchmark's input has no placement: ${result.reason}`);
    placed = result.hostOf.size;
    const json = JSON.stringify({ ...result, hostOf: [...result.hostOf] });
    if (first === undefined) first = json;
    else if (json !== first) deterministic = false;
  }
  return { times, deterministic, placed };
}
