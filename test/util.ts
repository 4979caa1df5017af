import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import {
  DesignError, GuestOs, HypervTarget, Image, LibvirtTarget, Nic, Size, Target, VirtualMachine, VirtualMachineProps, VirtualNetwork,
  VirtualNetworkProps, VsphereTarget,
} from '../src';
import { LOCK_FILE_CONTEXT } from '../src/targets/cluster-placement';

/**
 * One output folder for the test apps of this process: `Testing.app()` makes a temporary folder per
 * app otherwise, and a fuzz run leaves thousands behind. Tests that synthesize files use folders of
 * their own.
 */
let outdir: string | undefined;

/**
 * A test app (stubbed versions, as `Testing.app()`) writing to this process's output folder. Its
 * placements are kept in memory only (no lock file is read or written).
 */
export function testApp(): App {
  if (outdir === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hypervisor-test-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    outdir = dir;
  }
  return Testing.app({ outdir, context: { [LOCK_FILE_CONTEXT]: false } });
}

/** A fresh stack in a fresh app. */
export function newStack(id = 'test'): TerraformStack {
  return new TerraformStack(testApp(), id);
}

/** The synthesized JSON of a stack, parsed. */
export function synth(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** A vSphere target with cluster, datastore and distributed switch. */
export function vsphereTarget(stack: TerraformStack): VsphereTarget {
  return new VsphereTarget(stack, 'target', {
    server: 'vc.example.com',
    datacenter: 'dc1',
    cluster: 'prod',
    datastore: 'ds1',
    distributedSwitch: 'dvs1',
  });
}

/**
 * The NICs of a test VM whose NICs the test does not care about: on vSphere, whose provider requires a
 * NIC of every VM it does not deploy from an OVF package, one on the existing network `id` (any
 * vSphere target can use one, with or without a switch); none on the other vendors, whose output
 * stays as it was.
 */
export function anyNics(stack: TerraformStack, target: Target, id = 'lan'): Nic[] | undefined {
  return target instanceof VsphereTarget ? [Nic.on(new VirtualNetwork(stack, id, { target, existing: true }))] : undefined;
}

/** A Hyper-V target with one host and an external switch. */
export function hypervTarget(stack: TerraformStack, hosts = ['hv1']): HypervTarget {
  return new HypervTarget(stack, 'target', {
    hosts: hosts.map((name) => ({ name })),
    externalSwitch: { adapters: ['Ethernet 2'] },
  });
}

/** A libvirt target with one host and an Open vSwitch bridge. */
export function libvirtTarget(stack: TerraformStack, hosts = ['kvm1']): LibvirtTarget {
  return new LibvirtTarget(stack, 'target', {
    hosts: hosts.map((name) => ({ name, uri: `qemu+ssh://root@${name}/system` })),
    bridge: { name: 'ovsbr0', openvswitch: true },
  });
}

/**
 * The rendering tests' design: network `app` on VLAN 120 and VM `web1` (4 vCPUs, 8 GiB, Ubuntu
 * 24.04 template) on it, on the target the callback makes in a fresh stack.
 */
export function webDesign(
  makeTarget: (stack: TerraformStack) => Target,
  vmProps: Partial<VirtualMachineProps> = {},
  netProps: Partial<VirtualNetworkProps> = {},
): TerraformStack {
  const stack = newStack();
  const target = makeTarget(stack);
  const net = new VirtualNetwork(stack, 'app', { target, vlanId: 120, ...netProps });
  new VirtualMachine(stack, 'web1', {
    target,
    cpus: 4,
    memory: Size.gibibytes(8),
    image: Image.template('ubuntu-24.04'),
    guestOs: GuestOs.UBUNTU_24_04,
    nics: [Nic.on(net)],
    ...vmProps,
  });
  return stack;
}

/** The one resource of a type in synthesized output. */
export function only(out: any, type: string): any {
  const all = Object.values<any>(out.resource?.[type] ?? {});
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** The DesignError `fn` throws; fails the test when it throws none, or throws another error. */
export function designError(fn: () => unknown): DesignError {
  try {
    fn();
  } catch (e) {
    if (DesignError.isDesignError(e)) return e as DesignError;
    throw e;
  }
  throw new Error('no DesignError was thrown');
}
