import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  DesignError, GuestOs, HaCluster, Image, Nic, Size, VirtualMachine, VirtualMachineProps, VirtualNetwork, VsphereTarget, VsphereTargetProps,
} from '../../src';
import { designError, newStack, synth } from '../util';

/*
 * What the tests of the vSphere target's everyday features share: a stack with a target, a
 * network and a cluster, VMs made with defaults, and the refusal a synth fails with.
 */

/** A stack with a vSphere target (datastore ds1, cluster prod, switch dvs1 unless the props say otherwise). */
export interface Kit {
  readonly stack: TerraformStack;
  readonly target: VsphereTarget;
  readonly net: VirtualNetwork;
  /** A VM on the target's cluster, Ubuntu 24.04 from its template, one NIC on `app`. */
  vm(id: string, props?: Partial<VirtualMachineProps>): VirtualMachine;
  /** An HA cluster of esx1 and esx2. */
  cluster(id: string): HaCluster;
  /** A sensitive variable's value, as a token. */
  secret(name: string): string;
  /** The synthesized JSON. */
  out(): any;
  /** The synthesized `vsphere_virtual_machine` of a VM. */
  vmOut(id: string): any;
}

/** A kit with the given target props over the defaults. */
export function kit(props: Partial<VsphereTargetProps> = {}): Kit {
  const stack = newStack();
  const target = new VsphereTarget(stack, 'target', {
    server: 'vc.example.com', datacenter: 'dc1', cluster: 'prod', datastore: 'ds1', distributedSwitch: 'dvs1', ...props,
  });
  const net = new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
  let out: any;
  const k: Kit = {
    stack,
    target,
    net,
    vm: (id, vmProps = {}) => new VirtualMachine(stack, id, {
      target, cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu-24.04'), guestOs: GuestOs.UBUNTU_24_04, nics: [Nic.on(net)], ...vmProps,
    } as VirtualMachineProps),
    cluster: (id) => new HaCluster(stack, id, {
      target, hosts: ['esx1', 'esx2'], hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) }, acknowledgeNoHostFailover: true,
    }),
    secret: (name) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue,
    out: () => (out ??= synth(stack)),
    vmOut: (id) => k.out().resource.vsphere_virtual_machine[id],
  };
  return k;
}

/** The DesignError `fn` throws (failing the test when it throws none, or another error). */
export const refusal = designError;

/** The refusal of a kit's synth. */
export function refused(k: Kit): DesignError {
  return refusal(() => k.out());
}

/** An element of the output without its `//` metadata. */
export function plain(element: any): any {
  const { ['//']: _metadata, ...rest } = element;
  return rest;
}
