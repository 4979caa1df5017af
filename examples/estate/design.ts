import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import {
  BootDevice, Disk, Drive, Feature, Firmware, GuestInit, GuestOs, HaCluster, HardwareVersion, Image, Nic, ShareLevel, Size, Storage,
  SecurityBaseline, ShieldedVm, Support, Target, TrafficRole, VirtualMachine, VirtualNetwork,
} from '../../src';

/** The passwords the estate's Windows VM is given, as references to sensitive variables. */
export interface EstateSecrets {
  /** The local Administrator's password. */
  readonly adminPassword: string;
  /** The password of the account that joins the domain. */
  readonly joinPassword: string;
}

/**
 * The estate example, the same for every vendor: the everyday settings of a platform team's VMs.
 *
 * - Three Linux VMs made from one image (each target says where the image comes from: a
 *   content-library item, a download), in a folder and a resource pool, each with two NICs with
 *   static addresses and two tagged data disks with their own storage policy.
 * - A Windows VM that joins the domain, its passwords from sensitive variables, on a datastore
 *   cluster.
 * - A VM installed from an ISO, booting from its disk and then its CD/DVD drive, on the datastore
 *   cluster too.
 *
 * vCenter deploys a content-library item or an OVF package to one datastore (the provider passes
 * it no datastore cluster), so the VMs made from the content library stay on the target's
 * datastore; Storage DRS places the VMs cloned from a template or made with a blank disk.
 *
 * What a vendor cannot do, the design asks about (`supportOf`) and leaves out there, so every
 * setting it gives is rendered or refused, never dropped.
 *
 * @param scope the vendor's stack
 * @param target the vendor's target
 * @param hosts the cluster's hosts, as the vendor names them
 * @param secrets the Windows passwords
 */
export function estate(scope: Construct, target: Target, hosts: string[], secrets: EstateSecrets): void {
  // The estate's disks sit on self-encrypting drives of the storage arrays.
  SecurityBaseline.suppress(scope, 'HVSEC-VM-3', 'Disks sit on the storage arrays\' self-encrypting drives');
  const can = (feature: Feature) => target.supportOf(feature).support !== Support.UNSUPPORTED;
  const when = <T>(feature: Feature, value: T): T | undefined => (can(feature) ? value : undefined);

  const front = new VirtualNetwork(scope, 'front', { target, vlanId: 210, role: TrafficRole.VM });
  const back = new VirtualNetwork(scope, 'back', { target, vlanId: 220, role: TrafficRole.VM });
  const vmotion = new VirtualNetwork(scope, 'vmotion', { target, vlanId: 230, role: TrafficRole.LIVE_MIGRATION });

  const cluster = new HaCluster(scope, 'estate', {
    target,
    hosts,
    hostFailuresToTolerate: 1,
    hostCapacity: { cpuCores: 48, memory: Size.gibibytes(384) },
    migration: {
      network: vmotion,
      subnet: '10.2.30.0/24',
      // a vMotion adapter with a static address on each host, where the platform configures them
      hostAddresses: when(Feature.MIGRATION_HOST_ADDRESSES, Object.fromEntries(hosts.map((h, i) => [h, `10.2.30.${11 + i}/24`]))),
    },
    acknowledgeNoHostFailover: true,
  });

  // One image name for the design; each target's imageSources says where it comes from.
  const ubuntu = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
  [1, 2, 3].forEach((i) => {
    new VirtualMachine(scope, `lin${i}`, {
      cluster,
      cpus: 2,
      memory: Size.gibibytes(4),
      guestOs: GuestOs.UBUNTU_24_04,
      image: ubuntu,
      osDiskSize: Size.gibibytes(20),
      folder: when(Feature.VM_FOLDER, 'estate/linux'),
      resourcePool: when(Feature.RESOURCE_POOL, 'estate-linux'),
      nics: [
        Nic.on(front, {
          macAddress: `00:50:56:00:02:1${i}`,
          ipv4: { address: `10.2.10.1${i}/24`, gateway: '10.2.10.1', dnsServers: ['10.2.10.2', '10.2.10.3'], domain: 'estate.example' },
        }),
        Nic.on(back, { macAddress: `00:50:56:00:02:2${i}`, ipv4: { address: `10.2.20.1${i}/24` } }),
      ],
      guestInit: GuestInit.hostname(`lin${i}`),
      disks: [
        Disk.data(Size.gibibytes(50), {
          name: 'data',
          slot: 1,
          storagePolicy: when(Feature.STORAGE_POLICY, 'estate-gold'),
          storage: can(Feature.STORAGE_CLUSTER) ? undefined : Storage.named('fast'),
          tags: { backup: 'daily' },
        }),
        Disk.data(Size.gibibytes(20), {
          name: 'logs',
          slot: 2,
          storagePolicy: when(Feature.STORAGE_POLICY, 'estate-silver'),
          tags: { backup: 'none' },
        }),
      ],
      tags: { env: 'prod', service: 'estate', tier: 'web' },
      notes: 'Estate web tier. Owner: platform team.',
      hardwareVersions: [HardwareVersion.vsphere(21), HardwareVersion.libvirt('pc-q35-7.2')],
      cpuShares: ShareLevel.HIGH,
      cpuLimit: when(Feature.CPU_LIMIT, 80),
    });
  });

  // A Windows VM joined to the domain where the platform can hand it the passwords; Secure Boot and
  // a vTPM, which Windows Server 2022 wants.
  const secretsTaken = can(Feature.GUEST_SECRETS);
  const win = new ShieldedVm(scope, 'win1', {
    cluster,
    cpus: 4,
    memory: Size.gibibytes(8),
    guestOs: GuestOs.WINDOWS_SERVER_2022,
    image: Image.template('windows-server-2022', { size: Size.gibibytes(64) }),
    folder: when(Feature.VM_FOLDER, 'estate/windows'),
    storage: when(Feature.STORAGE_CLUSTER, Storage.cluster('sdrs-estate')),
    nics: [Nic.on(front, { macAddress: '00:50:56:00:02:31', ipv4: { address: '10.2.10.31/24', gateway: '10.2.10.1', dnsServers: ['10.2.10.2'] } })],
    guestInit: GuestInit.windows({
      computerName: 'ESTATE-WIN1',
      timeZone: 'W. Europe Standard Time',
      adminPassword: secretsTaken ? secrets.adminPassword : undefined,
      domainJoin: secretsTaken && can(Feature.DOMAIN_JOIN)
        ? { domain: 'corp.example.com', user: 'svc-join@corp.example.com', password: secrets.joinPassword, organizationalUnit: 'OU=Servers,DC=corp,DC=example,DC=com' }
        : undefined,
    }),
    tags: { env: 'prod', service: 'estate', tier: 'windows' },
  });
  new TerraformOutput(scope, 'win1_id', { value: win.id });

  // A VM installed from an ISO: a blank disk, the installer on a CD/DVD drive; it boots from its
  // disk once the OS is on it, from the drive until then.
  const build = new VirtualMachine(scope, 'build1', {
    cluster,
    cpus: 2,
    memory: Size.gibibytes(4),
    firmware: Firmware.UEFI,
    guestOs: GuestOs.UBUNTU_24_04,
    image: Image.blank(),
    osDiskSize: Size.gibibytes(40),
    storage: when(Feature.STORAGE_CLUSTER, Storage.cluster('sdrs-estate')),
    drives: [Drive.iso('ubuntu-24.04-live-server-amd64.iso')],
    bootOrder: [BootDevice.DISK, BootDevice.CDROM],
    nics: [Nic.on(back)],
    notes: 'Installed by hand from the Ubuntu live server ISO.',
  });
  SecurityBaseline.suppress(build, 'HVSEC-VM-5', 'The VM installs its OS from the CD/DVD drive; it boots from its disk first');
}
