import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  GuestOs, HypervTarget, HypervTargetProps, Image, Size, VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { unzipStored } from '../security-of-output/hostile';
import { newStack, synth } from '../util';

/*
 * The designs of the everyday-feature tests on Hyper-V: a two-host target with an external switch,
 * and VMs pinned to a host.
 */

/** A Hyper-V target on hosts hv1 and hv2. */
export function hvTarget(stack: TerraformStack, props: Partial<HypervTargetProps> = {}): HypervTarget {
  return new HypervTarget(stack, 'target', { hosts: [{ name: 'hv1' }, { name: 'hv2' }], externalSwitch: { adapters: ['Ethernet 2'] }, ...props });
}

/** A small Ubuntu VM on host hv1, unless the props say otherwise. */
export function hvVm(stack: TerraformStack, target: HypervTarget, id: string, props: Partial<VirtualMachineProps> = {}): VirtualMachine {
  return new VirtualMachine(stack, id, {
    target, host: 'hv1', cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu-24.04'), guestOs: GuestOs.UBUNTU_24_04, ...props,
  } as VirtualMachineProps);
}

/** The synthesized JSON of a stack with one VM `web1` and the network `app`, given to the callback. */
export function oneVm(
  props: Partial<VirtualMachineProps> | ((net: VirtualNetwork) => Partial<VirtualMachineProps>),
  targetProps: Partial<HypervTargetProps> = {},
): any {
  const stack = newStack();
  const target = hvTarget(stack, targetProps);
  const net = new VirtualNetwork(stack, 'app', { target });
  hvVm(stack, target, 'web1', typeof props === 'function' ? props(net) : props);
  return synth(stack);
}

export { designError } from '../util';

/** The stack's VM web1 as synthesized into files, and the files of its cidata ISO. */
export function synthToFiles(build: (stack: TerraformStack) => void): { out: any; cidata: (vm: string) => Map<string, string> } {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'hv-everyday-')) });
  const stack = new TerraformStack(app, 'hv');
  build(stack);
  app.synth();
  const dir = path.join(app.outdir, 'stacks/hv');
  const out = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  return {
    out,
    cidata: (vm) => unzipStored(fs.readFileSync(path.join(dir, out.resource.hyperv_iso_image[`${vm}_cidata`].source_zip_file_path))),
  };
}
