import { App, Aspects, LocalBackend, TerraformStack, TerraformVariable } from 'cdktf';
import { EstateSecrets, estate } from './design';
import {
  Credentials, HypervTarget, Image, LibvirtTarget, ProxmoxApiToken, ProxmoxTarget, SecurityBaseline, Size, VsphereKeyProvider, VsphereTarget,
} from '../../src';

/**
 * The estate example app: one stack per vendor, each rendering the same design (design.ts).
 *
 * @param outdir where `app.synth()` writes the stacks
 * @param context app context, e.g. another placement lock file
 */
export function buildEstateApp(outdir?: string, context?: { [key: string]: any }): App {
  const app = new App({ outdir, context });

  const vsphere = vendorStack(app, 'vsphere');
  estate(vsphere, new VsphereTarget(vsphere, 'target', {
    server: 'vcenter.example.com',
    datacenter: 'dc2',
    credentials: Credentials.fromVariables({ user: 'terraform@vsphere.local' }),
    datastore: 'vsan-estate',
    distributedSwitch: 'dvs-estate',
    coreMhz: 2600,
    keyProvider: VsphereKeyProvider.named('nkp-estate'),
    imageSources: {
      'ubuntu-24.04': Image.contentLibrary('estate-images', 'ubuntu-24.04-server', { size: Size.gibibytes(20) }),
    },
  }), ['esx4.example.com', 'esx5.example.com', 'esx6.example.com'], secrets(vsphere));

  const hyperv = vendorStack(app, 'hyperv');
  estate(hyperv, new HypervTarget(hyperv, 'target', {
    hosts: [
      { name: 'hv4', address: 'hv4.corp.example.com' },
      { name: 'hv5', address: 'hv5.corp.example.com' },
      { name: 'hv6', address: 'hv6.corp.example.com' },
    ],
    credentials: Credentials.fromVariables(),
    externalSwitch: { adapters: ['Ethernet 2'] },
    // the migration network is set on the hosts by PowerShell
    remotePowerShell: true,
    imageSources: {
      'ubuntu-24.04': Image.fromUrl('https://images.example.com/ubuntu/ubuntu-24.04-server-cloudimg-amd64.vhdx', {
        name: 'ubuntu-24.04', size: Size.gibibytes(20),
      }),
    },
    storageLocations: { fast: 'D:\\Hyper-V\\Fast' },
    isoDirectory: 'C:\\ISO',
  }), ['hv4', 'hv5', 'hv6'], secrets(hyperv));

  const libvirt = vendorStack(app, 'libvirt');
  SecurityBaseline.suppress(libvirt, 'HVSEC-LIBVIRT-1',
    'Open vSwitch on the hosts enforces port security with flow rules; libvirt cannot filter OVS ports');
  estate(libvirt, new LibvirtTarget(libvirt, 'target', {
    hosts: [
      { name: 'kvm4', uri: 'qemu+ssh://root@kvm4.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
      { name: 'kvm5', uri: 'qemu+ssh://root@kvm5.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
      { name: 'kvm6', uri: 'qemu+ssh://root@kvm6.example.com/system?keyfile=/home/ci/.ssh/id_ed25519' },
    ],
    bridge: { name: 'ovsbr0', openvswitch: true },
    imageSources: {
      'ubuntu-24.04': Image.fromUrl('https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img', {
        name: 'ubuntu-24.04', size: Size.mebibytes(3584),
      }),
    },
    // the installer is downloaded to each host that needs it
    isoSources: { 'ubuntu-24.04-live-server-amd64.iso': 'https://releases.ubuntu.com/24.04/ubuntu-24.04-live-server-amd64.iso' },
  }), ['kvm4', 'kvm5', 'kvm6'], secrets(libvirt));

  const proxmox = vendorStack(app, 'proxmox');
  estate(proxmox, new ProxmoxTarget(proxmox, 'target', {
    endpoint: 'https://pve4.example.com:8006/',
    credentials: ProxmoxApiToken.fromVariable(),
    nodes: ['pve4', 'pve5', 'pve6'],
    datastore: 'ceph-estate',
    snippetDatastore: 'cephfs',
    sharedSnippetDatastore: true,
    imageSources: {
      'ubuntu-24.04': Image.fromUrl('https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img', {
        name: 'ubuntu-24.04', size: Size.gibibytes(4),
      }),
    },
    isoDatastore: 'cephfs',
  }), ['pve4', 'pve5', 'pve6'], secrets(proxmox));

  return app;
}

/**
 * The Windows passwords as sensitive variables of the stack, declared when the design first uses
 * them: a stack whose target takes no passwords (Hyper-V) asks for none at plan.
 */
function secrets(stack: TerraformStack): EstateSecrets {
  const variables = new Map<string, string>();
  const variable = (name: string, description: string) => {
    if (!variables.has(name)) {
      variables.set(name, new TerraformVariable(stack, name, {
        type: 'string', sensitive: true, nullable: false, description,
      }).stringValue);
    }
    return variables.get(name)!;
  };
  return {
    get adminPassword() {
      return variable('windows_admin_password', 'Password of the local Administrator of the Windows VMs');
    },
    get joinPassword() {
      return variable('domain_join_password', 'Password of the account that joins the Windows VMs to the domain');
    },
  };
}

function vendorStack(app: App, name: string): TerraformStack {
  const stack = new TerraformStack(app, name);
  // A relative state path keeps the output the same on every machine.
  new LocalBackend(stack, { path: `terraform.estate-${name}.tfstate` });
  Aspects.of(stack).add(new SecurityBaseline());
  return stack;
}
