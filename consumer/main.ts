/**
 * A cdktf app that uses cdktf-hypervisor the way a user's project does: installed from the npm
 * package (the tarball `npx projen build` packs), with its peer dependencies beside it. CI runs it
 * with `bash consumer/run.sh` (see README.md, "Use it in your cdktf project").
 */
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  DrsRule, DrsRuleGroup, GuestOs, HaCluster, Image, LibvirtTarget, Nic, ProxmoxApiToken, ProxmoxTarget, Size, Target, TrafficRole,
  VirtualMachine, VirtualNetwork, VsphereTarget,
} from 'cdktf-hypervisor';

/** The same design for every vendor: two web servers on one network, kept on different hosts. */
function web(scope: Construct, target: Target, hosts: string[]): void {
  const net = new VirtualNetwork(scope, 'web-net', { target, role: TrafficRole.VM });
  const cluster = new HaCluster(scope, 'prod', {
    target,
    hosts,
    hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) },
    acknowledgeNoHostFailover: true,
  });
  const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
  const vms = ['web1', 'web2'].map((id) => new VirtualMachine(scope, id, {
    cluster,
    cpus: 2,
    memory: Size.gibibytes(4),
    guestOs: GuestOs.UBUNTU_24_04,
    image,
    nics: [Nic.on(net)],
  }));
  new DrsRuleGroup(scope, 'web-spread', { cluster, vms, rule: DrsRule.keepApart() });
}

function stack(app: App, name: string): TerraformStack {
  const s = new TerraformStack(app, name);
  new LocalBackend(s, { path: `terraform.${name}.tfstate` });
  return s;
}

const app = new App();

const vsphere = stack(app, 'vsphere');
web(vsphere, new VsphereTarget(vsphere, 'target', {
  server: 'vcenter.example.com',
  datacenter: 'dc1',
  cluster: 'prod',
  datastore: 'vsan-prod',
  distributedSwitch: 'dvs-prod',
}), ['esx1.example.com', 'esx2.example.com']);

const libvirt = stack(app, 'libvirt');
web(libvirt, new LibvirtTarget(libvirt, 'target', {
  hosts: [
    { name: 'kvm1', uri: 'qemu+ssh://root@kvm1.example.com/system' },
    { name: 'kvm2', uri: 'qemu+ssh://root@kvm2.example.com/system' },
  ],
  bridge: { name: 'br0' },
}), ['kvm1', 'kvm2']);

const proxmox = stack(app, 'proxmox');
web(proxmox, new ProxmoxTarget(proxmox, 'target', {
  endpoint: 'https://pve1.example.com:8006/',
  credentials: ProxmoxApiToken.fromVariable(),
  nodes: ['pve1', 'pve2'],
}), ['pve1', 'pve2']);

app.synth();
