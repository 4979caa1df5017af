/*
 * The placement engine: which host of a cluster each VM runs on, for vendors without a cluster
 * scheduler (one provider alias per host). Pure: no cdktf, no I/O. VM, host and rule names are
 * keys of maps, never of plain objects, so any name can be placed. Deterministic: the same input
 * gives the same placement. Sticky: VMs in the lock stay where they are; only new VMs are placed,
 * and a lock that the design now contradicts is reported, never silently changed.
 */

/** A host and what it offers. */
export interface PlacementHost {
  readonly name: string;
  /** Physical CPU cores. */
  readonly cores: number;
  readonly memoryMib: number;
}

/** A VM and what it needs. */
export interface PlacementVm {
  readonly name: string;
  readonly cpus: number;
  readonly memoryMib: number;
  /** The host the design puts the VM on. */
  readonly pinnedTo?: string;
}

/** The kinds of placement rule. */
export type PlacementRuleKind = 'together' | 'apart' | 'run-on' | 'not-run-on';

/** A rule over VMs, mandatory (never broken) or preferred (kept when possible). */
export interface PlacementRule {
  readonly name: string;
  readonly kind: PlacementRuleKind;
  readonly vms: readonly string[];
  /** For `run-on` and `not-run-on`. */
  readonly hosts?: readonly string[];
  readonly mandatory: boolean;
}

/** What to place and how. */
export interface PlacementInput {
  readonly hosts: readonly PlacementHost[];
  readonly vms: readonly PlacementVm[];
  readonly rules: readonly PlacementRule[];
  /** vCPUs per physical core. */
  readonly cpuOvercommit: number;
  /** Memory given out per memory installed (1: none). */
  readonly memoryOvercommit: number;
  /** Hosts that may fail with every VM still fitting on the others. */
  readonly hostFailuresToTolerate: number;
  /**
   * The placement of an earlier synth: VM name to host name. A map, so that no VM name (say
   * `constructor` or `__proto__`) can meet a property of `Object.prototype`.
   */
  readonly lock: ReadonlyMap<string, string>;
  /** Ignore the lock and place every VM anew (moved VMs are recreated). */
  readonly rebalance: boolean;
}

/** Use of one host. */
export interface HostUsage {
  readonly host: string;
  readonly vms: string[];
  readonly cpus: number;
  readonly cpuCapacity: number;
  readonly memoryMib: number;
  readonly memoryCapacityMib: number;
}

/** A placement. */
export interface Placement {
  readonly ok: true;
  /** VM name to host name, in the order of the input's VMs. */
  readonly hostOf: ReadonlyMap<string, string>;
  /** Per host, in the order of the input. */
  readonly usage: HostUsage[];
  /** Preferred rules the placement could not keep. */
  readonly brokenPreferences: string[];
}

/** Why no placement exists. */
export interface PlacementFailure {
  readonly ok: false;
  /** One sentence naming the rule or resource that cannot be met. */
  readonly reason: string;
  /** VMs the reason is about. */
  readonly vms: string[];
  /** What to do about it. */
  readonly fix: string;
  /** The rule the reason is about, when it is about one rule. */
  readonly rule?: string;
}

const REBALANCE_FIX = 'restore the design or the host, or set rebalance: true on the cluster to place the VMs anew (a VM that moves is destroyed and recreated)';

class Failure extends Error {
  constructor(readonly failure: PlacementFailure) {
    super(failure.reason);
  }
}

function fail(reason: string, vms: string[], fix: string, rule?: string): never {
  throw new Failure({ ok: false, reason, vms, fix, ...(rule === undefined ? {} : { rule }) });
}

/** A set of VMs that mandatory affinity rules keep on one host. */
interface Unit {
  readonly vms: PlacementVm[];
  readonly cpus: number;
  readonly memoryMib: number;
  /** Hosts the unit may run on. */
  allowed: string[];
  /** Mandatory anti-affinity rules the unit is in. */
  readonly apart: PlacementRule[];
  /** Preferred rules the unit is in. */
  readonly preferred: PlacementRule[];
  host?: string;
}

/** Places the VMs on the hosts, or says why it cannot. */
export function place(input: PlacementInput): Placement | PlacementFailure {
  try {
    return new Engine(input).run();
  } catch (e) {
    if (e instanceof Failure) return e.failure;
    throw e;
  }
}

function gib(mib: number): string {
  return Number.isInteger(mib / 1024) ? `${mib / 1024} GiB` : `${(mib / 1024).toFixed(1)} GiB`;
}

function list(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

class Engine {
  private readonly hostNames: string[];
  private readonly cpuCap = new Map<string, number>();
  private readonly memCap = new Map<string, number>();
  private readonly usedCpu = new Map<string, number>();
  private readonly usedMem = new Map<string, number>();
  private readonly vmsOn = new Map<string, string[]>();
  private readonly unitOf = new Map<string, Unit>();
  private readonly units: Unit[] = [];
  /** The rules each VM is in. */
  private readonly rulesOf = new Map<string, PlacementRule[]>();
  /** Per host, per rule: a VM of the rule placed there. */
  private readonly ruleOn = new Map<string, Map<string, string>>();
  private readonly hostIndex = new Map<string, number>();
  private readonly vmOrder = new Map<string, number>();

  constructor(private readonly input: PlacementInput) {
    this.hostNames = input.hosts.map((h) => h.name);
    this.hostNames.forEach((h, i) => this.hostIndex.set(h, i));
    input.vms.forEach((v, i) => this.vmOrder.set(v.name, i));
    for (const rule of input.rules) {
      for (const vm of rule.vms) this.rulesOf.set(vm, [...(this.rulesOf.get(vm) ?? []), rule]);
    }
    for (const h of input.hosts) {
      this.cpuCap.set(h.name, h.cores * input.cpuOvercommit);
      this.memCap.set(h.name, Math.floor(h.memoryMib * input.memoryOvercommit));
      this.usedCpu.set(h.name, 0);
      this.usedMem.set(h.name, 0);
      this.vmsOn.set(h.name, []);
      this.ruleOn.set(h.name, new Map());
    }
  }

  public run(): Placement {
    this.checkAdmission();
    this.buildUnits();
    this.checkUnits();
    this.applyLock();
    const open = this.units.filter((u) => u.host === undefined);
    // most constrained first: fewest allowed hosts, then in most anti-affinity groups, then largest
    open.sort((a, b) => a.allowed.length - b.allowed.length
      || b.apart.length - a.apart.length
      || b.memoryMib - a.memoryMib
      || b.cpus - a.cpus
      || compare(a.vms[0].name, b.vms[0].name));
    for (const unit of open) this.assign(unit, this.choose(unit));
    return this.result();
  }

  /** Every VM must still fit when the largest `k` hosts fail. */
  private checkAdmission(): void {
    const k = this.input.hostFailuresToTolerate;
    const n = this.hostNames.length;
    if (k >= n) {
      fail(`tolerating ${k} host failure${k === 1 ? '' : 's'} needs at least ${k + 1} hosts, the cluster has ${n}`, [],
        `add hosts, or tolerate at most ${Math.max(0, n - 1)} host failure${n - 1 === 1 ? '' : 's'}`);
    }
    const check = (what: string, caps: number[], need: number, show: (x: number) => string) => {
      const sorted = [...caps].sort((a, b) => b - a);
      const usable = sorted.slice(k).reduce((s, x) => s + x, 0);
      if (need > usable) {
        const held = k > 0 ? ` (${k === 1 ? 'the largest host' : `the ${k} largest hosts`} held back for failover)` : '';
        fail(`admission control: the design needs ${show(need)} of ${what}, and the cluster's ${n} hosts offer ${show(usable)}${held}`,
          this.input.vms.map((v) => v.name),
          'add hosts or capacity, remove VMs, or tolerate fewer host failures');
      }
    };
    check('memory', [...this.memCap.values()], sum(this.input.vms.map((v) => v.memoryMib)), gib);
    check('vCPUs', [...this.cpuCap.values()], sum(this.input.vms.map((v) => v.cpus)), (x) => `${x}`);
  }

  private buildUnits(): void {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    for (const vm of this.input.vms) parent.set(vm.name, vm.name);
    for (const rule of this.input.rules) {
      if (rule.kind !== 'together' || !rule.mandatory) continue;
      for (const vm of rule.vms.slice(1)) {
        const a = find(rule.vms[0]);
        const b = find(vm);
        if (a !== b) parent.set(compare(a, b) < 0 ? b : a, compare(a, b) < 0 ? a : b);
      }
    }
    const groups = new Map<string, PlacementVm[]>();
    for (const vm of this.input.vms) {
      const root = find(vm.name);
      groups.set(root, [...(groups.get(root) ?? []), vm]);
    }
    for (const vms of groups.values()) {
      const rules = this.rulesOfUnit(vms);
      const unit: Unit = {
        vms,
        cpus: sum(vms.map((v) => v.cpus)),
        memoryMib: sum(vms.map((v) => v.memoryMib)),
        allowed: [...this.hostNames],
        apart: rules.filter((r) => r.kind === 'apart' && r.mandatory),
        preferred: rules.filter((r) => !r.mandatory),
      };
      this.units.push(unit);
      for (const vm of vms) this.unitOf.set(vm.name, unit);
    }
  }

  /** Conflicting rules, pins and sizes, found before placing anything. */
  private checkUnits(): void {
    for (const rule of this.input.rules.filter((r) => r.kind === 'apart' && r.mandatory)) {
      const seen = new Map<Unit, string>();
      for (const vm of rule.vms) {
        const unit = this.unitOf.get(vm)!;
        const other = seen.get(unit);
        if (other !== undefined) {
          const together = this.input.rules.find((r) => r.kind === 'together' && r.mandatory && r.vms.includes(vm))!;
          fail(`VMs '${other}' and '${vm}' must run together (affinity group '${together.name}') and apart (anti-affinity group '${rule.name}')`,
            [other, vm], 'drop one of the two rules, or make one of them preferred', rule.name);
        }
        seen.set(unit, vm);
      }
    }
    for (const unit of this.units) {
      const names = unit.vms.map((v) => v.name);
      const pins = [...new Set(unit.vms.filter((v) => v.pinnedTo !== undefined).map((v) => v.pinnedTo!))];
      if (pins.length > 1) {
        fail(`VMs ${list(names)} must run together, but are pinned to different hosts (${list(pins)})`, names, 'pin them to one host, or to none');
      }
      const why: string[] = [];
      if (pins.length === 1) {
        unit.allowed = unit.allowed.filter((h) => h === pins[0]);
        why.push(`pinned to '${pins[0]}'`);
      }
      /** The host rule that took the last allowed host away. */
      let emptiedBy: string | undefined;
      for (const rule of this.rulesOfUnit(unit.vms).filter((r) => r.mandatory && (r.kind === 'run-on' || r.kind === 'not-run-on'))) {
        const hosts = new Set(rule.hosts ?? []);
        const before = unit.allowed.length;
        unit.allowed = unit.allowed.filter((h) => (rule.kind === 'run-on') === hosts.has(h));
        if (before > 0 && unit.allowed.length === 0) emptiedBy = rule.name;
        why.push(`${rule.kind === 'run-on' ? 'must run on' : 'must not run on'} ${list([...hosts])} (rule '${rule.name}')`);
      }
      if (unit.allowed.length === 0) {
        fail(`no host is left for ${names.length === 1 ? `VM '${names[0]}'` : `VMs ${list(names)}`}: ${why.join(', ')}`,
          names, 'loosen one of the rules, or make it preferred', emptiedBy);
      }
      const cpu = Math.max(...unit.allowed.map((h) => this.cpuCap.get(h)!));
      const mem = Math.max(...unit.allowed.map((h) => this.memCap.get(h)!));
      const subject = names.length === 1 ? `VM '${names[0]}'` : `affinity group ${list(names)}`;
      if (unit.memoryMib > mem) {
        fail(`${subject} needs ${gib(unit.memoryMib)} of memory on one host; the largest host it may run on offers ${gib(mem)}`, names,
          'give the VMs less memory, add a larger host, or split the group');
      }
      if (unit.cpus > cpu) {
        fail(`${subject} needs ${unit.cpus} vCPUs on one host; the largest host it may run on offers ${cpu} (cores × CPU overcommit ${this.input.cpuOvercommit})`, names,
          'give the VMs fewer vCPUs, add a larger host, or raise the CPU overcommit');
      }
    }
    for (const rule of this.input.rules.filter((r) => r.kind === 'apart' && r.mandatory)) {
      const units = [...new Set(rule.vms.map((v) => this.unitOf.get(v)!))];
      const hosts = new Set(units.flatMap((u) => u.allowed));
      if (units.length > hosts.size) {
        const restricted = hosts.size < this.hostNames.length ? `, ${hosts.size} of them allowed for its VMs` : '';
        fail(`anti-affinity group '${rule.name}' needs ${units.length} hosts, the cluster has ${this.hostNames.length}${restricted}`,
          [...rule.vms], 'add hosts, take VMs out of the group, or make the rule preferred', rule.name);
      }
    }
  }

  /** VMs in the lock stay on their host, unless the design now contradicts it. */
  private applyLock(): void {
    if (this.input.rebalance) return;
    const lock = this.input.lock;
    const gone = this.input.vms.filter((v) => lock.has(v.name) && !this.hostIndex.has(lock.get(v.name)!));
    if (gone.length > 0) {
      const hosts = [...new Set(gone.map((v) => lock.get(v.name)!))];
      fail(`VMs ${list(gone.map((v) => v.name))} are placed on ${hosts.length === 1 ? 'host' : 'hosts'} ${list(hosts)}, which the cluster no longer has; moving them would destroy and recreate them`,
        gone.map((v) => v.name), REBALANCE_FIX);
    }
    for (const unit of this.units) {
      const locked = unit.vms.filter((v) => lock.has(v.name));
      if (locked.length === 0) continue;
      const hosts = [...new Set(locked.map((v) => lock.get(v.name)!))];
      const names = locked.map((v) => v.name);
      if (hosts.length > 1) {
        fail(`VMs ${list(names)} must now run together, but are placed on different hosts (${list(hosts)})`, names, REBALANCE_FIX);
      }
      if (!unit.allowed.includes(hosts[0])) {
        fail(`VMs ${list(names)} are placed on host '${hosts[0]}', where the design no longer lets them run (pins or host rules)`, names, REBALANCE_FIX);
      }
      const apartFrom = this.conflictingApart(unit, hosts[0]);
      if (apartFrom !== undefined) {
        fail(`VMs ${list(names)} and '${apartFrom.vm}' are placed on host '${hosts[0]}', but anti-affinity group '${apartFrom.rule}' now keeps them apart`,
          [...names, apartFrom.vm], REBALANCE_FIX, apartFrom.rule);
      }
      if (!this.fits(unit, hosts[0])) {
        fail(`host '${hosts[0]}' cannot hold its placed VMs any more: adding ${list(unit.vms.map((v) => v.name))} exceeds its capacity`,
          [...(this.vmsOn.get(hosts[0]) ?? []), ...unit.vms.map((v) => v.name)], REBALANCE_FIX);
      }
      this.assign(unit, hosts[0]);
    }
  }

  private choose(unit: Unit): string {
    const reasons: string[] = [];
    /** The anti-affinity groups that kept the unit off a host; undefined for a host without room. */
    const refusedBy: (string | undefined)[] = [];
    let best: { host: string; score: number[] } | undefined;
    for (const host of unit.allowed) {
      const apart = this.conflictingApart(unit, host);
      if (apart !== undefined) {
        reasons.push(`'${host}' runs '${apart.vm}' of anti-affinity group '${apart.rule}'`);
        refusedBy.push(apart.rule);
        continue;
      }
      if (!this.fits(unit, host)) {
        refusedBy.push(undefined);
        reasons.push(`'${host}' has ${gib(this.memCap.get(host)! - this.usedMem.get(host)!)} of memory and ${this.cpuCap.get(host)! - this.usedCpu.get(host)!} vCPUs free`);
        continue;
      }
      const memShare = (this.usedMem.get(host)! + unit.memoryMib) / this.memCap.get(host)!;
      const cpuShare = (this.usedCpu.get(host)! + unit.cpus) / this.cpuCap.get(host)!;
      const score = [this.brokenPreferences(unit, host).length, memShare, cpuShare, this.hostIndex.get(host)!];
      if (best === undefined || lexLess(score, best.score)) best = { host, score };
    }
    if (best === undefined) {
      const names = unit.vms.map((v) => v.name);
      // one anti-affinity group that kept the VMs off every host is the rule at fault
      const rules = new Set(refusedBy);
      const rule = rules.size === 1 ? refusedBy[0] : undefined;
      fail(`no host can take ${names.length === 1 ? `VM '${names[0]}'` : `VMs ${list(names)}`} (${gib(unit.memoryMib)}, ${unit.cpus} vCPUs): ${reasons.join('; ')}`,
        names, 'add hosts or capacity, or loosen the rules', rule);
    }
    return best.host;
  }

  private fits(unit: Unit, host: string): boolean {
    return this.usedMem.get(host)! + unit.memoryMib <= this.memCap.get(host)!
      && this.usedCpu.get(host)! + unit.cpus <= this.cpuCap.get(host)!;
  }

  /** The rules any VM of a unit is in, each once. */
  private rulesOfUnit(vms: readonly PlacementVm[]): PlacementRule[] {
    return [...new Set(vms.flatMap((v) => this.rulesOf.get(v.name) ?? []))];
  }

  /** A VM on `host` that a mandatory anti-affinity rule keeps apart from the unit. */
  private conflictingApart(unit: Unit, host: string): { vm: string; rule: string } | undefined {
    const placed = this.ruleOn.get(host)!;
    for (const rule of unit.apart) {
      const vm = placed.get(rule.name);
      if (vm !== undefined && this.unitOf.get(vm) !== unit) return { vm, rule: rule.name };
    }
    return undefined;
  }

  /** The preferred rules that placing the unit on the host would break. */
  private brokenPreferences(unit: Unit, host: string): string[] {
    const broken: string[] = [];
    const placed = this.ruleOn.get(host)!;
    for (const rule of unit.preferred) {
      const breaks = rule.kind === 'apart' ? placed.has(rule.name)
        : rule.kind === 'together' ? rule.vms.some((v) => this.hostOf(v) !== undefined && this.hostOf(v) !== host)
          : rule.kind === 'run-on' ? !(rule.hosts ?? []).includes(host)
            : (rule.hosts ?? []).includes(host);
      if (breaks) broken.push(rule.name);
    }
    return broken;
  }

  private hostOf(vm: string): string | undefined {
    return this.unitOf.get(vm)?.host;
  }

  private assign(unit: Unit, host: string): void {
    unit.host = host;
    this.usedCpu.set(host, this.usedCpu.get(host)! + unit.cpus);
    this.usedMem.set(host, this.usedMem.get(host)! + unit.memoryMib);
    this.vmsOn.get(host)!.push(...unit.vms.map((v) => v.name));
    const placed = this.ruleOn.get(host)!;
    for (const vm of unit.vms) {
      for (const rule of this.rulesOf.get(vm.name) ?? []) if (!placed.has(rule.name)) placed.set(rule.name, vm.name);
    }
  }

  private result(): Placement {
    const hostOf = new Map<string, string>();
    for (const vm of this.input.vms) hostOf.set(vm.name, this.unitOf.get(vm.name)!.host!);
    const brokenPreferences = this.input.rules.filter((rule) => !rule.mandatory && !satisfied(rule, hostOf)).map((r) => r.name);
    return {
      ok: true,
      hostOf,
      brokenPreferences,
      usage: this.hostNames.map((host) => ({
        host,
        vms: this.vmsOn.get(host)!.slice().sort((a, b) => this.vmOrder.get(a)! - this.vmOrder.get(b)!),
        cpus: this.usedCpu.get(host)!,
        cpuCapacity: this.cpuCap.get(host)!,
        memoryMib: this.usedMem.get(host)!,
        memoryCapacityMib: this.memCap.get(host)!,
      })),
    };
  }
}

/** Whether a placement keeps a rule. */
export function satisfied(rule: PlacementRule, hostOf: ReadonlyMap<string, string>): boolean {
  const hosts = rule.vms.map((v) => hostOf.get(v));
  switch (rule.kind) {
    case 'together': return new Set(hosts).size <= 1;
    case 'apart': return new Set(hosts).size === hosts.length;
    case 'run-on': return hosts.every((h) => h !== undefined && (rule.hosts ?? []).includes(h));
    case 'not-run-on': return hosts.every((h) => h === undefined || !(rule.hosts ?? []).includes(h));
  }
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return false;
}
