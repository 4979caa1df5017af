import { App, Aspects, LocalBackend, TerraformStack } from 'cdktf';
import {
  Credentials, HypervTarget, LibvirtTarget, ProxmoxApiToken, ProxmoxTarget, SecurityBaseline, VsphereKeyProvider, VsphereTarget,
} from '../src';
import { ShopOptions, shop } from './design';

/**
 * The example app: one stack per vendor, each rendering the same design (design.ts) for its
 * target.
 *
 * @param outdir where `app.synth()` writes the stacks
 * @param context app context, e.g. another placement lock file
 * @param options variations of the design
 */
export function buildExampleApp(outdir?: string, context?: { [key: string]: any }, options?: ShopOptions): App {
  const app = new App({ outdir, context });

  const vsphere = vendorStack(app, 'vsphere');
  shop(vsphere, new VsphereTarget(vsphere, 'target', {
    server: 'vcenter.example.com',
    datacenter: 'dc1',
    credentials: Credentials.fromVariables({ user: 'terraform@vsphere.local' }),
    cluster: 'prod',
    datastore: 'vsan-prod',
    distributedSwitch: 'dvs-prod',
    keyProvider: VsphereKeyProvider.named('nkp-prod'),
  }), ['esx1.example.com', 'esx2.example.com', 'esx3.example.com'], options);

  const hyperv = vendorStack(app, 'hyperv');
  shop(hyperv, new HypervTarget(hyperv, 'target', {
    hosts: [
      { name: 'hv1', address: 'hv1.corp.example.com' },
      { name: 'hv2', address: 'hv2.corp.example.com' },
      { name: 'hv3', address: 'hv3.corp.example.com' },
    ],
    credentials: Credentials.fromVariables(),
    externalSwitch: { adapters: ['Ethernet 2'] },
    remotePowerShell: true,
    failoverCluster: { name: 'HVCLUSTER', sharedVolumePath: 'C:\\ClusterStorage\\Volume1' },
    vmDirectory: 'C:\\ClusterStorage\\Volume1\\VMs',
  }), ['hv1', 'hv2', 'hv3'], options);

  const libvirt = vendorStack(app, 'libvirt');
  SecurityBaseline.suppress(libvirt, 'HVSEC-LIBVIRT-1',
    'Open vSwitch on the hosts enforces port security with flow rules; libvirt cannot filter OVS ports');
  shop(libvirt, new LibvirtTarget(libvirt, 'target', {
    hosts: [
      { name: 'kvm1', uri: 'qemu+ssh://root@kvm1.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
      { name: 'kvm2', uri: 'qemu+ssh://root@kvm2.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
      { name: 'kvm3', uri: 'qemu+ssh://root@kvm3.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
    ],
    bridge: { name: 'ovsbr0', openvswitch: true },
    encryption: {
      diskSecret: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60',
      tpmSecret: '5d7e9f10-3c2b-4a1d-8e6f-9b0a1c2d3e4f',
    },
  }), ['kvm1', 'kvm2', 'kvm3'], options);

  const proxmox = vendorStack(app, 'proxmox');
  shop(proxmox, new ProxmoxTarget(proxmox, 'target', {
    endpoint: 'https://pve1.example.com:8006/',
    credentials: ProxmoxApiToken.fromVariable(),
    nodes: ['pve1', 'pve2', 'pve3'],
    datastore: 'ceph-vm',
    snippetDatastore: 'cephfs',
    sharedSnippetDatastore: true,
    encryptedDatastore: 'zfs-crypt',
    bridge: 'vmbr1',
    // Proxmox VE replicates at most once a minute and keeps the last replicated state: accepted here
    replication: { datastore: 'local-zfs', schedule: '*/1', acknowledgeLatestStateOnly: true },
  }), ['pve1', 'pve2', 'pve3'], options);

  return app;
}

function vendorStack(app: App, name: string): TerraformStack {
  const stack = new TerraformStack(app, name);
  // A relative state path keeps the output the same on every machine.
  new LocalBackend(stack, { path: `terraform.${name}.tfstate` });
  // every resource is checked against the security baseline (security-report.json beside the stack)
  Aspects.of(stack).add(new SecurityBaseline());
  return stack;
}
