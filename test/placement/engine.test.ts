import * as fc from 'fast-check';
import { PlacementInput, PlacementRule, place, satisfied } from '../../src/placement/engine';

const GIB = 1024;

function input(overrides: Partial<PlacementInput> = {}): PlacementInput {
  return {
    hosts: ['h1', 'h2', 'h3'].map((name) => ({ name, cores: 16, memoryMib: 64 * GIB })),
    vms: [],
    rules: [],
    cpuOvercommit: 4,
    memoryOvercommit: 1,
    hostFailuresToTolerate: 1,
    lock: new Map(),
    rebalance: false,
    ...overrides,
  };
}

const vm = (name: string, memGib = 4, cpus = 2, pinnedTo?: string) => ({ name, cpus, memoryMib: memGib * GIB, pinnedTo });

describe('placement engine', () => {
  test('spreads an anti-affinity group over distinct hosts', () => {
    const result = place(input({
      vms: [vm('web1'), vm('web2'), vm('web3')],
      rules: [{ name: 'web', kind: 'apart', vms: ['web1', 'web2', 'web3'], mandatory: true }],
    }));
    if (!result.ok) throw new Error(result.reason);
    expect(new Set(result.hostOf.values()).size).toBe(3);
  });

  test('keeps an affinity group together and honours pins and host rules', () => {
    const result = place(input({
      vms: [vm('app'), vm('cache'), vm('db', 8, 2, 'h2'), vm('batch')],
      rules: [
        { name: 'pair', kind: 'together', vms: ['app', 'cache'], mandatory: true },
        { name: 'not-h1', kind: 'not-run-on', vms: ['batch', 'app'], hosts: ['h1'], mandatory: true },
      ],
    }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.hostOf.get('app')).toBe(result.hostOf.get('cache'));
    expect(result.hostOf.get('db')).toBe('h2');
    expect(result.hostOf.get('batch')).not.toBe('h1');
    expect(result.hostOf.get('app')).not.toBe('h1');
  });

  test('reports the hosts used, with capacity', () => {
    const result = place(input({ vms: [vm('a', 8, 4)] }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.usage.map((u) => [u.host, u.vms, u.cpus, u.cpuCapacity, u.memoryMib, u.memoryCapacityMib])).toEqual([
      ['h1', ['a'], 4, 64, 8 * GIB, 64 * GIB],
      ['h2', [], 0, 64, 0, 64 * GIB],
      ['h3', [], 0, 64, 0, 64 * GIB],
    ]);
  });

  test('keeps preferred rules when it can and reports those it cannot keep', () => {
    const result = place(input({
      hosts: [{ name: 'h1', cores: 16, memoryMib: 64 * GIB }, { name: 'h2', cores: 16, memoryMib: 64 * GIB }],
      hostFailuresToTolerate: 0,
      vms: [vm('a'), vm('b'), vm('c')],
      rules: [
        { name: 'spread', kind: 'apart', vms: ['a', 'b', 'c'], mandatory: false },
        { name: 'prefer-h2', kind: 'run-on', vms: ['a'], hosts: ['h2'], mandatory: false },
      ],
    }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.hostOf.get('a')).toBe('h2');
    expect(result.brokenPreferences).toEqual(['spread']);
  });

  describe('impossible designs', () => {
    test.each([
      ['an anti-affinity group larger than the cluster', input({
        vms: ['w1', 'w2', 'w3', 'w4'].map((n) => vm(n)),
        rules: [{ name: 'web', kind: 'apart', vms: ['w1', 'w2', 'w3', 'w4'], mandatory: true }],
      }), "anti-affinity group 'web' needs 4 hosts, the cluster has 3"],
      ['VMs that must be together and apart', input({
        vms: [vm('a'), vm('b')],
        rules: [
          { name: 'pair', kind: 'together', vms: ['a', 'b'], mandatory: true },
          { name: 'split', kind: 'apart', vms: ['a', 'b'], mandatory: true },
        ],
      }), "VMs 'a' and 'b' must run together (affinity group 'pair') and apart (anti-affinity group 'split')"],
      ['a VM larger than any host', input({ vms: [vm('big', 96)] }),
        "VM 'big' needs 96 GiB of memory on one host; the largest host it may run on offers 64 GiB"],
      ['an affinity group with more vCPUs than a host offers', input({
        vms: [vm('a', 4, 40), vm('b', 4, 40)],
        rules: [{ name: 'pair', kind: 'together', vms: ['a', 'b'], mandatory: true }],
      }), "affinity group 'a', 'b' needs 80 vCPUs on one host; the largest host it may run on offers 64 (cores × CPU overcommit 4)"],
      ['no headroom for a host failure', input({ vms: ['a', 'b', 'c'].map((n) => vm(n, 48)) }),
        "admission control: the design needs 144 GiB of memory, and the cluster's 3 hosts offer 128 GiB (the largest host held back for failover)"],
      ['more failures tolerated than hosts', input({ hostFailuresToTolerate: 3 }),
        'tolerating 3 host failures needs at least 4 hosts, the cluster has 3'],
      ['host rules that leave no host', input({
        vms: [vm('a')],
        rules: [
          { name: 'only-h1', kind: 'run-on', vms: ['a'], hosts: ['h1'], mandatory: true },
          { name: 'never-h1', kind: 'not-run-on', vms: ['a'], hosts: ['h1'], mandatory: true },
        ],
      }), "no host is left for VM 'a': must run on 'h1' (rule 'only-h1'), must not run on 'h1' (rule 'never-h1')"],
      ['a VM pinned where a rule forbids it', input({
        vms: [vm('a', 4, 2, 'h1')],
        rules: [{ name: 'never-h1', kind: 'not-run-on', vms: ['a'], hosts: ['h1'], mandatory: true }],
      }), "no host is left for VM 'a': pinned to 'h1', must not run on 'h1' (rule 'never-h1')"],
    ])('fails on %s', (_, design, reason) => {
      const result = place(design);
      expect(result).toMatchObject({ ok: false, reason });
    });

    test('fails when no host has room left, saying why per host', () => {
      const result = place(input({
        hosts: [{ name: 'h1', cores: 4, memoryMib: 16 * GIB }, { name: 'h2', cores: 4, memoryMib: 16 * GIB }],
        hostFailuresToTolerate: 0,
        vms: [vm('a', 12), vm('b', 12), vm('c', 6)],
      }));
      expect(result).toMatchObject({
        ok: false,
        reason: "no host can take VM 'c' (6 GiB, 2 vCPUs): 'h1' has 4 GiB of memory and 14 vCPUs free; 'h2' has 4 GiB of memory and 14 vCPUs free",
      });
    });
  });

  describe('the lock', () => {
    test('keeps placed VMs where they are and places only new ones', () => {
      const result = place(input({ vms: [vm('a'), vm('b')], lock: new Map([['a', 'h3'], ['b', 'h3']]) }));
      if (!result.ok) throw new Error(result.reason);
      expect(result.hostOf).toEqual(new Map([['a', 'h3'], ['b', 'h3']]));
    });

    test('fails, naming the VMs, when a host they are placed on is gone', () => {
      expect(place(input({ vms: [vm('a'), vm('b'), vm('c')], lock: new Map([['a', 'h9'], ['b', 'h9'], ['c', 'h1']]) }))).toMatchObject({
        ok: false,
        vms: ['a', 'b'],
        reason: "VMs 'a', 'b' are placed on host 'h9', which the cluster no longer has; moving them would destroy and recreate them",
        fix: expect.stringContaining('rebalance: true'),
      });
    });

    test('fails, naming the VMs, when a new rule contradicts the lock', () => {
      expect(place(input({
        vms: [vm('a'), vm('b')],
        rules: [{ name: 'split', kind: 'apart', vms: ['a', 'b'], mandatory: true }],
        lock: new Map([['a', 'h1'], ['b', 'h1']]),
      }))).toMatchObject({
        ok: false,
        reason: "VMs 'b' and 'a' are placed on host 'h1', but anti-affinity group 'split' now keeps them apart",
      });
    });

    test('places anew on rebalance', () => {
      const result = place(input({
        vms: [vm('a'), vm('b')],
        rules: [{ name: 'split', kind: 'apart', vms: ['a', 'b'], mandatory: true }],
        lock: new Map([['a', 'h1'], ['b', 'h1']]),
        rebalance: true,
      }));
      if (!result.ok) throw new Error(result.reason);
      expect(result.hostOf.get('a')).not.toBe(result.hostOf.get('b'));
    });
  });

  describe('names of Object.prototype', () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

    test('places VMs, hosts and rules named after properties of Object.prototype', () => {
      const result = place(input({
        hosts: names.map((name) => ({ name, cores: 16, memoryMib: 64 * GIB })),
        vms: names.map((name) => vm(name)),
        rules: [{ name: '__proto__', kind: 'apart', vms: names, mandatory: true }],
      }));
      if (!result.ok) throw new Error(result.reason);
      expect([...result.hostOf.keys()]).toEqual(names);
      expect(new Set(result.hostOf.values())).toEqual(new Set(names));
    });

    test('keeps such VMs where the lock put them, and nothing else is taken for locked', () => {
      const result = place(input({ vms: names.map((name) => vm(name)), lock: new Map([['constructor', 'h3'], ['__proto__', 'h2']]) }));
      if (!result.ok) throw new Error(result.reason);
      expect(result.hostOf.get('constructor')).toBe('h3');
      expect(result.hostOf.get('__proto__')).toBe('h2');
      expect(['h1', 'h2', 'h3']).toContain(result.hostOf.get('toString'));
    });
  });

  describe('the rule at fault', () => {
    test('is named when an anti-affinity group needs more hosts than there are', () => {
      expect(place(input({
        hostFailuresToTolerate: 0,
        vms: [vm('a'), vm('b'), vm('c'), vm('d')],
        rules: [{ name: 'spread', kind: 'apart', vms: ['a', 'b', 'c', 'd'], mandatory: true }],
      }))).toMatchObject({ ok: false, rule: 'spread', reason: "anti-affinity group 'spread' needs 4 hosts, the cluster has 3" });
    });

    test('is named when a host rule leaves no host', () => {
      expect(place(input({
        vms: [vm('a')],
        rules: [
          { name: 'on-h1', kind: 'run-on', vms: ['a'], hosts: ['h1'], mandatory: true },
          { name: 'off-h1', kind: 'not-run-on', vms: ['a'], hosts: ['h1'], mandatory: true },
        ],
      }))).toMatchObject({ ok: false, rule: 'off-h1' });
    });

    test('is not named when capacity, not a rule, is short', () => {
      const result = place(input({ vms: [vm('a', 100)] }));
      expect(result.ok).toBe(false);
      expect(result).not.toHaveProperty('rule');
    });
  });

  describe('properties', () => {
    const hostNames = ['h1', 'h2', 'h3', 'h4', 'h5'];
    const design = fc.record({
      hostCount: fc.integer({ min: 1, max: 5 }),
      cores: fc.array(fc.integer({ min: 2, max: 32 }), { minLength: 5, maxLength: 5 }),
      memGib: fc.array(fc.integer({ min: 8, max: 256 }), { minLength: 5, maxLength: 5 }),
      vms: fc.array(fc.record({
        cpus: fc.integer({ min: 1, max: 16 }),
        memGib: fc.integer({ min: 1, max: 64 }),
        pin: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 5 }),
      }), { maxLength: 14 }),
      rules: fc.array(fc.record({
        kind: fc.constantFrom('together', 'apart', 'run-on', 'not-run-on'),
        members: fc.array(fc.integer({ min: 0, max: 13 }), { minLength: 1, maxLength: 4 }),
        hosts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
        mandatory: fc.boolean(),
      }), { maxLength: 4 }),
      k: fc.integer({ min: 0, max: 2 }),
      cpuOvercommit: fc.constantFrom(1, 2, 4),
    }).map((d): PlacementInput => {
      const hosts = hostNames.slice(0, d.hostCount).map((name, i) => ({ name, cores: d.cores[i], memoryMib: d.memGib[i] * GIB }));
      const vms = d.vms.map((v, i) => ({
        name: `vm${i}`,
        cpus: v.cpus,
        memoryMib: v.memGib * GIB,
        pinnedTo: v.pin === null ? undefined : hosts[v.pin % hosts.length].name,
      }));
      const rules: PlacementRule[] = vms.length === 0 ? [] : d.rules.map((r, i) => ({
        name: `rule${i}`,
        kind: r.kind as PlacementRule['kind'],
        vms: [...new Set(r.members.map((m) => vms[m % vms.length].name))],
        hosts: [...new Set(r.hosts.map((h) => hosts[h % hosts.length].name))],
        mandatory: r.mandatory,
      }));
      return {
        hosts, vms, rules, cpuOvercommit: d.cpuOvercommit, memoryOvercommit: 1, hostFailuresToTolerate: d.k, lock: new Map(), rebalance: false,
      };
    });

    test('every placement it returns keeps every mandatory rule, pin and capacity', () => {
      fc.assert(fc.property(design, (d) => {
        const result = place(d);
        if (!result.ok) return;
        for (const v of d.vms) {
          expect(d.hosts.map((h) => h.name)).toContain(result.hostOf.get(v.name));
          if (v.pinnedTo) expect(result.hostOf.get(v.name)).toBe(v.pinnedTo);
        }
        for (const rule of d.rules.filter((r) => r.mandatory)) expect({ rule, kept: satisfied(rule, result.hostOf) }).toEqual({ rule, kept: true });
        for (const h of d.hosts) {
          const on = d.vms.filter((v) => result.hostOf.get(v.name) === h.name);
          expect(on.reduce((s, v) => s + v.memoryMib, 0)).toBeLessThanOrEqual(h.memoryMib);
          expect(on.reduce((s, v) => s + v.cpus, 0)).toBeLessThanOrEqual(h.cores * d.cpuOvercommit);
        }
        const largest = [...d.hosts].sort((a, b) => b.memoryMib - a.memoryMib).slice(d.hostFailuresToTolerate);
        expect(d.vms.reduce((s, v) => s + v.memoryMib, 0)).toBeLessThanOrEqual(largest.reduce((s, h) => s + h.memoryMib, 0));
      }), { numRuns: 300 });
    });

    test('the same input gives the same output', () => {
      fc.assert(fc.property(design, (d) => {
        expect(place(d)).toEqual(place({ ...JSON.parse(JSON.stringify(d)), lock: new Map(d.lock) }));
      }), { numRuns: 200 });
    });

    test('adding a VM never moves a placed one', () => {
      fc.assert(fc.property(design, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 16 }), (d, cpus, memGib) => {
        const first = place(d);
        if (!first.ok) return;
        const second = place({ ...d, vms: [...d.vms, { name: 'added', cpus, memoryMib: memGib * GIB }], lock: first.hostOf });
        if (!second.ok) {
          // the only way to fail is for the new VM: the lock itself stays valid
          expect(second.vms).toContain('added');
          return;
        }
        for (const v of d.vms) expect(second.hostOf.get(v.name)).toBe(first.hostOf.get(v.name));
      }), { numRuns: 300 });
    });
  });
});
