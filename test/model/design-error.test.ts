import { App, Aspects, TerraformOutput } from 'cdktf';
import { DesignError, Image, SecurityBaseline, Size, VirtualMachine } from '../../src';
import { libvirtTarget, newStack } from '../util';

/*
 * A design mistake found while a token resolves (an attribute of a VM used in an output, read
 * before the target rendered) is reported as the mistake alone: cdktf appends "Resolution error"
 * and the token's creation stack to what a token throws, which says nothing about the design.
 */

test('a DesignError thrown while an attribute resolves keeps its message', () => {
  const stack = newStack();
  // the baseline, added before the target, visits the stack first and resolves what it checks
  Aspects.of(stack).add(new SecurityBaseline());
  const target = libvirtTarget(stack);
  // libvirt needs the size of an image to size the VM's overlay: the rendering fails
  const vm = new VirtualMachine(stack, 'vm1', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('noble') });
  new TerraformOutput(stack, 'id', { value: vm.id });
  let error: any;
  try {
    // as `cdktf synth` does: the app resolves every token to find cross-stack references before the aspects run
    (stack.node.root as App).synth();
  } catch (e) {
    error = e;
  }
  expect(DesignError.isDesignError(error)).toBe(true);
  expect(error.message.startsWith('[test/vm1] ')).toBe(true);
  expect(error.message).not.toContain('Resolution error');
  expect(error.message).not.toContain('creation stack');
  expect(error.stack).toBe(`DesignError: ${error.message}`);
});

test('assigning a message leaves a DesignError\'s message as it was', () => {
  const error = new DesignError(undefined, { problem: 'Wrong.' });
  (error as any).message = 'changed';
  expect(error.message).toBe('[<value>] Wrong.');
});
