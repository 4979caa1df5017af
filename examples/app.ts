import { App, LocalBackend, TerraformStack } from 'cdktf';
import { Credentials, HypervTarget, LibvirtTarget, VsphereTarget } from '../src';

/**
 * The example app: one stack per vendor, each configuring its target.
 *
 * @param outdir where `app.synth()` writes the stacks
 */
export function buildExampleApp(outdir?: string): App {
  const app = new App({ outdir });

  const vsphere = vendorStack(app, 'vsphere');
  new VsphereTarget(vsphere, 'target', {
    server: 'vcenter.example.com',
    datacenter: 'dc1',
    credentials: Credentials.fromVariables({ user: 'terraform@vsphere.local' }),
  });

  const hyperv = vendorStack(app, 'hyperv');
  new HypervTarget(hyperv, 'target', {
    hosts: [
      { name: 'hv1', address: 'hv1.corp.example.com' },
      { name: 'hv2', address: 'hv2.corp.example.com' },
    ],
    credentials: Credentials.fromVariables(),
  });

  const libvirt = vendorStack(app, 'libvirt');
  new LibvirtTarget(libvirt, 'target', {
    hosts: [
      { name: 'kvm1', uri: 'qemu+ssh://root@kvm1.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
      { name: 'kvm2', uri: 'qemu+ssh://root@kvm2.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
    ],
  });

  return app;
}

function vendorStack(app: App, name: string): TerraformStack {
  const stack = new TerraformStack(app, name);
  // A relative state path keeps the output the same on every machine.
  new LocalBackend(stack, { path: `terraform.${name}.tfstate` });
  return stack;
}
