import { kit, refusal, refused } from './vsphere-everyday-kit';
import {
  DiskBus, Disk, Feature, Firmware, GuestInit, GuestOs, HaCluster, HardwareVersion, Image, Nic, NicAdapter, ShareLevel, ShieldedVm, Size, Support,
  TrafficRole,
  VirtualMachine, VirtualNetwork, VsphereKeyProvider, VsphereVersion,
} from '../../src';

/*
 * The vSphere target's everyday features, part 3: Windows customization, static IPv4 addresses per
 * NIC, the hardware version, CPU and memory shares and limits, and the hosts' vMotion addresses.
 */

const gib = Size.gibibytes;
const windows = { guestOs: GuestOs.WINDOWS_SERVER_2022, image: Image.template('win2022') };

describe('Windows customization', () => {
  test('computer name, the passwords as references to sensitive variables, the time zone\'s index, the domain to join', () => {
    const k = kit();
    const admin = k.secret('admin_password');
    const join = k.secret('join_password');
    k.vm('win1', {
      ...windows,
      guestInit: GuestInit.windows({
        computerName: 'WIN-01',
        adminPassword: admin,
        timeZone: 'W. Europe Standard Time',
        domainJoin: { domain: 'corp.example.com', user: 'CORP\\svc-join ${x}', password: join, organizationalUnit: 'OU=Servers,DC=corp,DC=example,DC=com' },
      }),
    });
    const customize = k.vmOut('win1').clone.customize;
    expect(customize.windows_options).toEqual({
      computer_name: 'WIN-01',
      admin_password: '${var.admin_password}',
      time_zone: 110,
      join_domain: 'corp.example.com',
      domain_admin_user: 'CORP\\svc-join $${x}',
      domain_admin_password: '${var.join_password}',
      domain_ou: 'OU=Servers,DC=corp,DC=example,DC=com',
    });
    expect(customize).not.toHaveProperty('linux_options');
    expect(customize.network_interface).toEqual([{}]);
    expect(k.out().variable.admin_password).toEqual({ sensitive: true, type: 'string' });
  });

  test('without a domain, the workgroup (WORKGROUP by default); without a time zone, the image\'s', () => {
    const k = kit();
    k.vm('win1', { ...windows, guestInit: GuestInit.windows() });
    k.vm('win2', { ...windows, guestInit: GuestInit.windows({ workgroup: 'LAB' }) });
    expect(k.vmOut('win1').clone.customize.windows_options).toEqual({ computer_name: 'win1', workgroup: 'WORKGROUP' });
    expect(k.vmOut('win2').clone.customize.windows_options).toEqual({ computer_name: 'win2', workgroup: 'LAB' });
  });

  test('a literal password is refused by the design', () => {
    const k = kit();
    const e = refusal(() => k.vm('win1', { ...windows, guestInit: GuestInit.windows({ adminPassword: 'hunter2' }) }));
    expect(e.problem).toMatch(/Administrator password is a literal/);
    expect(e.message).not.toContain('hunter2');
  });

  test.each([
    ['Pacific Standard Time', 4],
    ['US Mountain Standard Time', 15],
    ['U.S. Mountain Standard Time', 15],
    ['AUS Eastern Standard Time', 255],
    ['Afghanistan Standard Time', 175],
    ['Tonga Standard Time', 300],
    ['Dateline Standard Time', 0],
  ])('time zone %s is sysprep index %i', (timeZone, index) => {
    const k = kit();
    k.vm('win1', { ...windows, guestInit: GuestInit.windows({ timeZone }) });
    expect(k.vmOut('win1').clone.customize.windows_options.time_zone).toBe(index);
  });

  test('an unknown time zone is refused, saying where the known ones are listed and how to give the index', () => {
    const k = kit();
    k.vm('win1', { ...windows, guestInit: GuestInit.windows({ timeZone: 'Mars Standard Time' }) });
    const e = refused(k);
    expect(e.constructPath).toBe('test/win1');
    expect(e.value).toBe('"Mars Standard Time"');
    expect(e.allowed).toMatch(/Microsoft Time Zone Index Values/);
    expect(e.fix).toMatch(/windows_options\.0\.time_zone/);
  });

  test('an organizational unit needs vCenter 8.0 U2, and no white space', () => {
    const ou = (organizationalUnit: string, version?: VsphereVersion) => {
      const k = kit({ version });
      k.vm('win1', {
        ...windows,
        guestInit: GuestInit.windows({ domainJoin: { domain: 'corp.example.com', user: 'svc', password: k.secret('p'), organizationalUnit } }),
      });
      return refused(k);
    };
    expect(ou('OU=Servers,DC=corp', VsphereVersion.VSPHERE_7_0_U1).problem).toMatch(/from vCenter 8.0 Update 2 on/);
    expect(ou('OU=Web Servers,DC=corp').problem).toMatch(/no white space/);
  });

  test('a content-library item is cloned and customized like a template', () => {
    const k = kit({ imageSources: { win2022: Image.contentLibrary('images', 'win2022', { size: gib(60) }) } });
    k.vm('win1', { ...windows, guestInit: GuestInit.windows() });
    expect(k.vmOut('win1').clone.customize.windows_options.computer_name).toBe('win1');
  });
});

describe('static IPv4 addresses per NIC', () => {
  function twoNics(ipv4s: [any, any], props: object = {}) {
    const k = kit();
    k.vm('web1', { nics: [Nic.on(k.net, { ipv4: ipv4s[0] }), Nic.on(k.net, { ipv4: ipv4s[1] })], guestInit: GuestInit.hostname('web1'), ...props });
    return k;
  }

  test('each NIC its address; the one gateway; DNS per NIC and, for Linux, together', () => {
    const k = twoNics([
      { address: '10.0.0.5/24', gateway: '10.0.0.1', dnsServers: ['10.0.0.2'], domain: 'corp.example.com' },
      { address: '192.168.7.5/23', dnsServers: ['10.0.0.2', '192.168.7.1'], domain: 'storage.example.com' },
    ]);
    expect(k.vmOut('web1').clone.customize).toEqual({
      linux_options: { host_name: 'web1', domain: 'corp.example.com' },
      network_interface: [
        { ipv4_address: '10.0.0.5', ipv4_netmask: 24, dns_server_list: ['10.0.0.2'], dns_domain: 'corp.example.com' },
        { ipv4_address: '192.168.7.5', ipv4_netmask: 23, dns_server_list: ['10.0.0.2', '192.168.7.1'], dns_domain: 'storage.example.com' },
      ],
      ipv4_gateway: '10.0.0.1',
      dns_server_list: ['10.0.0.2', '192.168.7.1'],
      dns_suffix_list: ['corp.example.com', 'storage.example.com'],
    });
  });

  test('the first NIC may take the guest initialisation\'s address while the second has its own; a NIC without is DHCP', () => {
    const k = kit();
    const net = k.net;
    k.vm('web1', {
      nics: [Nic.on(net), Nic.on(net, { ipv4: { address: '10.1.0.5/24' } }), Nic.on(net)],
      guestInit: GuestInit.hostname('web1', { ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }),
    });
    expect(k.vmOut('web1').clone.customize.network_interface).toEqual([
      { ipv4_address: '10.0.0.5', ipv4_netmask: 24 }, { ipv4_address: '10.1.0.5', ipv4_netmask: 24 }, {},
    ]);
    expect(k.vmOut('web1').clone.customize.ipv4_gateway).toBe('10.0.0.1');
  });

  test('two NICs with gateways are refused, as the design refuses them: vSphere customization has one', () => {
    const e = refusal(() => twoNics([{ address: '10.0.0.5/24', gateway: '10.0.0.1' }, { address: '10.1.0.5/24', gateway: '10.1.0.1' }]));
    expect(e.problem).toMatch(/a VM has one default gateway/);
    expect(e.value).toBe('nics[0]: 10.0.0.1, nics[1]: 10.1.0.1');
  });

  test('a gateway off its NIC\'s subnet is refused', () => {
    const e = refusal(() => twoNics([{ address: '10.0.0.5/24' }, { address: '10.1.0.5/24', gateway: '10.2.0.1' }]));
    expect(e.problem).toMatch(/The gateway of NIC 2 \(nics\[1\]\) is not on the NIC's subnet/);
  });

  test('a Windows guest takes them with its sysprep settings', () => {
    const k = twoNics([{ address: '10.0.0.5/24', gateway: '10.0.0.1' }, { address: '10.1.0.5/24' }], { ...windows, guestInit: GuestInit.windows() });
    const customize = k.vmOut('web1').clone.customize;
    expect(customize.windows_options).toEqual({ computer_name: 'web1', workgroup: 'WORKGROUP' });
    expect(customize.network_interface.map((n: any) => n.ipv4_address)).toEqual(['10.0.0.5', '10.1.0.5']);
  });

  test('a cloud-init VM is not customized: its network config, in guestinfo, carries every NIC\'s address', () => {
    const k = kit();
    k.vm('web1', {
      nics: [
        Nic.on(k.net, { macAddress: '00:50:56:00:00:11', ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }),
        Nic.on(k.net, { macAddress: '00:50:56:00:00:12', ipv4: { address: '10.1.0.5/24' } }),
      ],
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }),
    });
    const vm = k.vmOut('web1');
    expect(vm.clone).toEqual({ template_uuid: '${data.vsphere_virtual_machine.target_template_ubuntu-24_04.id}' });
    const meta = JSON.parse(Buffer.from(vm.extra_config['guestinfo.metadata'], 'base64').toString());
    const network = Buffer.from(meta.network, 'base64').toString();
    for (const text of ['00:50:56:00:00:11', '10.0.0.5/24', '00:50:56:00:00:12', '10.1.0.5/24']) expect(network).toContain(text);
  });
});

describe('hardware version', () => {
  test('the design\'s vSphere version, not another vendor\'s', () => {
    const k = kit();
    k.vm('web1', { hardwareVersions: [HardwareVersion.hyperv('10.0'), HardwareVersion.vsphere(20)] });
    k.vm('web2', { hardwareVersions: [HardwareVersion.libvirt('pc-q35-8.2')] });
    expect(k.vmOut('web1').hardware_version).toBe(20);
    expect(k.vmOut('web2')).not.toHaveProperty('hardware_version');
  });

  test.each([
    [22, 'vSphere 8.0', VsphereVersion.VSPHERE_8_0, /runs virtual hardware up to version 21/],
    [19, 'vSphere 7.0 U1', VsphereVersion.VSPHERE_7_0_U1, /vSphere 7.0u1 runs virtual hardware up to version 18/],
    [12, 'any release', undefined, /has no virtual hardware version 12/],
  ])('version %i on %s is refused', (version, _label, release, problem) => {
    const k = kit({ version: release });
    k.vm('web1', { hardwareVersions: [HardwareVersion.vsphere(version)] });
    expect(refused(k).problem).toMatch(problem);
  });

  test('a version without the hardware the VM uses is refused', () => {
    const k = kit();
    k.vm('web1', { hardwareVersions: [HardwareVersion.vsphere(11)], guestOs: GuestOs.OTHER_LINUX, disks: [Disk.data(gib(1), { bus: DiskBus.NVME })] });
    expect(refused(k).problem).toMatch(/version 11 has none of NVMe disks \(from version 13\)/);
    const t = kit({ keyProvider: VsphereKeyProvider.named('nkp') });
    new ShieldedVm(t.stack, 'sv', {
      target: t.target, cpus: 2, memory: gib(4), ...windows, hardwareVersions: [HardwareVersion.vsphere(13)], nics: [Nic.on(t.net)],
    });
    expect(refused(t).problem).toMatch(/a virtual TPM \(from version 14\)/);
  });
});

describe('hardware version maxima and the oldest versions', () => {
  const bios = { firmware: Firmware.BIOS, guestOs: GuestOs.OTHER_LINUX };

  test('a version holds the vCPUs and memory of its compatibility level, and no more', () => {
    const k = kit();
    k.vm('web1', { ...bios, cpus: 64, memory: gib(1011), hardwareVersions: [HardwareVersion.vsphere(10)] });
    k.vm('web2', { ...bios, cpus: 8, memory: gib(255), hardwareVersions: [HardwareVersion.vsphere(7)] });
    expect([k.vmOut('web1').hardware_version, k.vmOut('web1').num_cpus]).toEqual([10, 64]);
    expect([k.vmOut('web2').hardware_version, k.vmOut('web2').scsi_type]).toEqual([7, 'pvscsi']);
  });

  test.each([
    [10, 200, 4, /version 10 holds fewer vCPUs or less memory than the VM has: 200 vCPUs \(at most 64\)\.$/, /at most 64 vCPUs and 1011 GiB/],
    [7, 2, 256, /: 256 GiB of memory \(at most 255 GiB\)\.$/, /at most 8 vCPUs and 255 GiB/],
    [8, 33, 1012, /: 33 vCPUs \(at most 32\), 1012 GiB of memory \(at most 1011 GiB\)\.$/, /Hardware Features Available with Virtual Machine Compatibility/],
    [15, 257, 4, /257 vCPUs \(at most 256\)/, /version 15 \(ESXi 6.7 U2\)/],
  ])('version %i with %i vCPUs and %i GiB is refused, with the table it comes from', (version, cpus, memory, problem, allowed) => {
    const k = kit();
    k.vm('web1', { ...bios, cpus, memory: gib(memory), hardwareVersions: [HardwareVersion.vsphere(version)] });
    const e = refused(k);
    expect(e.constructPath).toBe(k.stack.node.findChild('web1').node.path);
    expect(e.problem).toMatch(problem);
    expect(e.value).toBe(`hardware version ${version}`);
    expect(e.allowed).toMatch(allowed);
    expect(e.fix).toMatch(/later hardware version, or give the VM fewer vCPUs or less memory/);
  });

  test('version 4 has no paravirtual SCSI controller nor VMXNET 3, which every VM uses; E1000e and UEFI need version 8', () => {
    const k = kit();
    k.vm('web1', { ...bios, hardwareVersions: [HardwareVersion.vsphere(4)] });
    expect(refused(k).problem).toMatch(/version 4 has none of the VMware Paravirtual SCSI controller \(scsi_type pvscsi\) \(from version 7\), VMXNET 3 NICs/);
    const e1000e = kit();
    e1000e.vm('web1', { ...bios, nics: [Nic.on(e1000e.net, { adapter: NicAdapter.EMULATED })], hardwareVersions: [HardwareVersion.vsphere(7)] });
    expect(refused(e1000e).problem).toMatch(/version 7 has none of E1000e NICs \(from version 8\), which the VM uses/);
    const uefi = kit();
    uefi.vm('web1', { firmware: Firmware.UEFI, guestOs: GuestOs.OTHER_LINUX, hardwareVersions: [HardwareVersion.vsphere(7)] });
    expect(refused(uefi).problem).toMatch(/version 7 has none of UEFI firmware \(from version 8\)/);
  });
});

describe('CPU and memory shares and limits', () => {
  test('share levels, the memory limit in MiB, the CPU limit in MHz from the hosts\' clock', () => {
    const k = kit({ coreMhz: 2400 });
    k.vm('web1', { cpus: 3, cpuShares: ShareLevel.HIGH, cpuLimit: 33, memoryShares: ShareLevel.LOW, memoryLimit: gib(3) });
    expect(k.vmOut('web1')).toMatchObject({ cpu_share_level: 'high', cpu_limit: 2376, memory_share_level: 'low', memory_limit: 3072 });
    expect(k.target.supportOf(Feature.CPU_LIMIT).support).toBe(Support.EMULATED);
  });

  test('a CPU limit without the hosts\' clock is refused with both ways out', () => {
    const k = kit();
    k.vm('web1', { cpuLimit: 50 });
    const e = refused(k);
    expect(e.problem).toMatch(/^CPU limits cannot be rendered for vsphere/);
    expect(e.fix).toMatch(/give the target coreMhz, or set cpu_limit in MHz with addVendorOverride/);
    expect(k.target.supportOf(Feature.CPU_LIMIT).support).toBe(Support.UNSUPPORTED);
  });

  test('coreMhz is a whole number of MHz', () => {
    expect(refusal(() => kit({ coreMhz: 2.5 })).problem).toMatch(/coreMhz .* is out of range/);
  });

  test('a VM without shares or limits gets none', () => {
    const k = kit({ coreMhz: 2400 });
    k.vm('web1');
    for (const a of ['cpu_share_level', 'cpu_limit', 'memory_share_level', 'memory_limit']) expect(k.vmOut('web1')).not.toHaveProperty(a);
  });
});

describe('vMotion addresses', () => {
  function cluster(migration: object) {
    const k = kit();
    const mig = new VirtualNetwork(k.stack, 'vmotion', { target: k.target, vlanId: 20, role: TrafficRole.LIVE_MIGRATION });
    const c = new HaCluster(k.stack, 'c1', {
      target: k.target,
      hosts: ['esx1', 'esx2'],
      hostCapacity: { cpuCores: 32, memory: gib(256) },
      acknowledgeNoHostFailover: true,
      migration: { network: mig, subnet: '10.0.20.0/23', ...migration },
    });
    new VirtualMachine(k.stack, 'web1', { cluster: c, cpus: 2, memory: gib(4), image: Image.template('u'), nics: [Nic.on(k.net)] });
    return k.out().resource.vsphere_vnic;
  }

  test('each host its static address, netmask and gateway on the vMotion netstack', () => {
    const vnics = cluster({ hostAddresses: { esx1: '10.0.20.11/23', esx2: '10.0.21.12/23' }, gateway: '10.0.20.1' });
    expect(vnics.c1_vmotion_esx1).toMatchObject({ netstack: 'vmotion', ipv4: { ip: '10.0.20.11', netmask: '255.255.254.0', gw: '10.0.20.1' } });
    expect(vnics.c1_vmotion_esx2.ipv4).toEqual({ ip: '10.0.21.12', netmask: '255.255.254.0', gw: '10.0.20.1' });
    expect(vnics.c1_vmotion_esx1).not.toHaveProperty('services');
  });

  test('without a gateway, none; without addresses, DHCP as before', () => {
    expect(cluster({ hostAddresses: { esx1: '10.0.20.11/23', esx2: '10.0.20.12/23' } }).c1_vmotion_esx1.ipv4).toEqual({ ip: '10.0.20.11', netmask: '255.255.254.0' });
    expect(cluster({}).c1_vmotion_esx1.ipv4).toEqual({ dhcp: true });
  });
});
