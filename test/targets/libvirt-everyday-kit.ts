import { TerraformStack } from 'cdktf';
import {
  GuestOs, Image, LibvirtTarget, LibvirtTargetProps, Nic, Size, VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { designError, newStack, synth } from '../util';

/*
 * What the tests of the libvirt target's everyday features share: a stack with a target on
 * Linux bridge br0, a network, VMs made with defaults on the first host, and the refusal a synth
 * fails with.
 */

export const ubuntu = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

export interface Kit {
  readonly stack: TerraformStack;
  readonly target: LibvirtTarget;
  readonly net: VirtualNetwork;
  vm(id: string, props?: Partial<VirtualMachineProps>): VirtualMachine;
}

/**
 * A stack with a libvirt target on the hosts, a network `app`, and VMs of `defaults` (2 vCPUs and
 * 4 GiB unless they say otherwise) on the first host.
 */
export function kit(props: Partial<LibvirtTargetProps> = {}, hosts = ['kvm1'], defaults: Partial<VirtualMachineProps> = {}): Kit {
  const stack = newStack();
  const target = new LibvirtTarget(stack, 'target', {
    hosts: hosts.map((name) => ({ name, uri: `qemu+ssh://root@${name}/system` })), bridge: { name: 'br0' }, ...props,
  });
  const net = new VirtualNetwork(stack, 'app', { target });
  return {
    stack,
    target,
    net,
    vm: (id, p = {}) => new VirtualMachine(stack, id, {
      target,
      cpus: 2,
      memory: Size.gibibytes(4),
      image: ubuntu,
      guestOs: GuestOs.UBUNTU_24_04,
      host: hosts[0],
      nics: [Nic.on(net)],
      ...defaults,
      ...p,
    }),
  };
}

/** The message of the DesignError a synth ends in, checking that it names the construct. */
export function refused(stack: TerraformStack, path: string): string {
  const error = designError(() => synth(stack));
  expect(error.constructPath).toBe(path);
  return error.message;
}
