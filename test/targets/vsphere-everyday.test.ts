import { kit, plain, refusal, refused } from './vsphere-everyday-kit';
import {
  BootDevice, Disk, DiskBus, Drive, Feature, Firmware, GuestInit, Image, Nic, ReplicaPair, ShieldedVm, ShieldingLevel, Size, Storage, Support,
  Vendor, VirtualMachineProps, VsphereKeyProvider, GuestOs,
} from '../../src';

/*
 * The vSphere target's everyday features, part 1: where the OS disk comes from (imageSources:
 * templates, content-library items, OVF packages, blank disks), CD/DVD drives and the boot order,
 * storage (datastores, datastore clusters, storage policies) and the disk buses.
 */

const gib = Size.gibibytes;

describe('images', () => {
  test('a content-library item: looked up once per library and item, cloned by its id, the OS disk thin of the image\'s size', () => {
    const k = kit({ imageSources: { ubuntu: Image.contentLibrary('images', 'ubuntu-24.04', { size: gib(20) }) } });
    k.vm('web1', { image: Image.template('ubuntu') });
    k.vm('web2', { image: Image.template('ubuntu'), osDiskSize: gib(40) });
    const out = k.out();
    expect(Object.values(out.data.vsphere_content_library).map(plain)).toEqual([{ name: 'images', provider: 'vsphere' }]);
    const items = Object.entries<any>(out.data.vsphere_content_library_item);
    expect(items).toHaveLength(1);
    const [itemName, item] = items[0];
    expect(plain(item)).toEqual({
      name: 'ubuntu-24.04', library_id: '${data.vsphere_content_library.target_content_library_images.id}', type: 'ovf', provider: 'vsphere',
    });
    for (const [id, size] of [['web1', 20], ['web2', 40]] as const) {
      const vm = k.vmOut(id);
      expect(vm.clone).toEqual({ template_uuid: `\${data.vsphere_content_library_item.${itemName}.id}` });
      expect(vm.disk[0]).toEqual({ label: 'os', unit_number: 0, size, thin_provisioned: true, eagerly_scrub: false });
      expect(vm).not.toHaveProperty('ovf_deploy');
      expect(vm).not.toHaveProperty('datacenter_id');
    }
    expect(out.data).not.toHaveProperty('vsphere_virtual_machine');
  });

  test('a content-library item or OVF package of unknown size, without osDiskSize, is refused with the way out', () => {
    for (const image of [Image.contentLibrary('images', 'ubuntu'), Image.ovf('https://images.example.com/app.ova')]) {
      const k = kit({ imageSources: { ubuntu: image } });
      k.vm('web1', { image: Image.template('ubuntu') });
      const e = refused(k);
      expect(e.constructPath).toBe('test/web1');
      expect(e.problem).toMatch(/size of the OS disk is unknown/);
      expect(e.fix).toMatch(/osDiskSize/);
    }
  });

  test('a blank disk from imageSources, without osDiskSize, is refused as a blank disk, not as a library item', () => {
    const k = kit({ imageSources: { ubuntu: Image.blank() } });
    k.vm('web1', { image: Image.template('ubuntu') });
    const e = refused(k);
    expect(e.constructPath).toBe('test/web1');
    expect(e.problem).toBe('The target\'s imageSources make the VM\'s OS disk blank, and a blank disk needs a size, which the VM does not give (osDiskSize).');
    expect(e.value).toBe('image ubuntu: Image.blank()');
    expect(e.fix).toMatch(/^give the VM an osDiskSize, e\.g\. osDiskSize: Size\.gibibytes\(60\), or give the image another source/);
    expect(e.message).not.toMatch(/content.library/i);
    const sized = kit({ imageSources: { ubuntu: Image.blank() } });
    sized.vm('web1', { image: Image.template('ubuntu'), osDiskSize: gib(30) });
    expect(sized.vmOut('web1').disk[0]).toEqual({ label: 'os', unit_number: 0, size: 30, thin_provisioned: true, eagerly_scrub: false });
  });

  test('an OVF package: ovf_deploy from its URL with the datacenter, thin, no clone; a URL with Terraform syntax is refused', () => {
    expect(() => Image.ovf('https://images.example.com/${var.x}%{y}/app.ova')).toThrow(/An image URL is not an http or https URL of URL characters only/);
    const k = kit({ imageSources: { app: Image.ovf('https://images.example.com/%24x/app.ova', { size: gib(16) }) } });
    k.vm('app1', { image: Image.template('app'), host: 'esx9', guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }) });
    const vm = k.vmOut('app1');
    expect(vm.ovf_deploy).toEqual({ remote_ovf_url: 'https://images.example.com/%24x/app.ova', disk_provisioning: 'thin' });
    expect(vm.datacenter_id).toBe('${data.vsphere_datacenter.target_datacenter.id}');
    expect(vm.host_system_id).toBe('${data.vsphere_host.target_host_esx9.id}');
    expect(vm).not.toHaveProperty('clone');
    expect(vm.disk).toEqual([{ label: 'os', unit_number: 0, size: 16, thin_provisioned: true, eagerly_scrub: false }]);
    expect(vm.extra_config['guestinfo.userdata.encoding']).toBe('base64');
  });

  test('a blank OS disk: a new thin disk of osDiskSize, no clone, and it boots from its ISO after the empty disk', () => {
    const k = kit();
    k.vm('inst1', { image: Image.blank(), osDiskSize: gib(60), drives: [Drive.iso('ubuntu.iso')] });
    const vm = k.vmOut('inst1');
    expect(vm).not.toHaveProperty('clone');
    expect(vm).not.toHaveProperty('ovf_deploy');
    expect(vm.disk).toEqual([{ label: 'os', unit_number: 0, size: 60, thin_provisioned: true, eagerly_scrub: false }]);
    expect(vm.extra_config).toEqual({ 'bios.bootDeviceClasses': 'allow:hd,cd' });
  });

  test('guest customization needs a clone: refused for an OVF package and a blank disk, with the way out', () => {
    for (const [image, guestInit] of [
      [Image.blank(), GuestInit.hostname('inst1')],
      [Image.ovf('https://images.example.com/app.ova', { size: gib(16) }), GuestInit.windows({ computerName: 'win1' })],
    ] as const) {
      const k = kit();
      k.vm('inst1', { image, osDiskSize: gib(60), guestInit, guestOs: guestInit.windowsOptions ? GuestOs.WINDOWS_SERVER_2022 : GuestOs.UBUNTU_24_04 });
      const e = refused(k);
      expect(e.constructPath).toBe('test/inst1');
      expect(e.problem).toMatch(/customizes the guest of a cloned VM/);
      expect(e.fix).toMatch(/Image.template or Image.contentLibrary[\s\S]*GuestInit.cloudInit/);
    }
  });

  test('an imageSources entry can be another template; a design without imageSources keeps its images', () => {
    const k = kit({ imageSources: { ubuntu: Image.template('tpl-ubuntu-2404') } });
    k.vm('web1', { image: Image.template('ubuntu') });
    k.vm('web2', { image: Image.template('debian') });
    const names = Object.values<any>(k.out().data.vsphere_virtual_machine).map((t) => t.name).sort();
    expect(names).toEqual(['debian', 'tpl-ubuntu-2404']);
  });

  test('an image downloaded from a URL is refused on vSphere, even through imageSources', () => {
    const k = kit({ imageSources: { ubuntu: Image.fromUrl('https://images.example.com/ubuntu.qcow2') } });
    k.vm('web1', { image: Image.template('ubuntu') });
    const e = refused(k);
    expect(e.problem).toMatch(/^Images downloaded from a URL cannot be rendered for vsphere/);
    expect(e.fix).toMatch(/Image.ovf\(url\) or Image.contentLibrary/);
  });

  test('imageSources must hold Images', () => {
    const e = refusal(() => kit({ imageSources: { ubuntu: 'tpl' as unknown as Image } }));
    expect(e.problem).toBe('The imageSources entry "ubuntu" is not an Image.');
    expect(e.value).toBe('"tpl"');
    expect(e.fix).toBe('give an Image for "ubuntu": Image.template(name), Image.contentLibrary(library, item) or Image.ovf(url)');
  });
});

describe('NICs', () => {
  test('a VM without a NIC, not deployed from an OVF package, is refused: the provider fails its plan', () => {
    const cases: Array<[Image, Partial<VirtualMachineProps>]> = [
      [Image.template('ubuntu-24.04'), {}],
      [Image.contentLibrary('images ${x}', 'ubuntu-24.04', { size: gib(20) }), {}],
      [Image.blank(), { osDiskSize: gib(40), drives: [Drive.iso('ubuntu.iso')] }],
    ];
    for (const [image, extra] of cases) {
      for (const nics of [undefined, []]) {
        const k = kit();
        k.vm('web1', { image, nics, ...extra });
        const e = refused(k);
        expect(e.constructPath).toBe('test/web1');
        expect(e.problem).toBe('The vsphere provider requires a NIC (network_interface) of every VM it does not deploy from an OVF package, '
          + 'and fails the plan of a VM without one.');
        expect(e.value).toBe(`no NIC, image ${JSON.stringify(image.name)} (${image.kind})`);
        expect(e.fix).toBe('give the VM a NIC, nics: [Nic.on(network)], or deploy it from an OVF package, image: Image.ovf(url)');
      }
    }
  });

  test('a shielded VM and the VMs of a replica pair without a NIC are refused, each by its own path', () => {
    const k = kit({ keyProvider: VsphereKeyProvider.named('nkp') });
    new ShieldedVm(k.stack, 'sv', { target: k.target, cpus: 2, memory: gib(4), image: Image.template('w'), guestOs: GuestOs.WINDOWS_SERVER_2022 });
    expect(refused(k).constructPath).toBe('test/sv');
    const p = kit();
    new ReplicaPair(p.stack, 'orders', { cluster: p.cluster('c1'), vm: { cpus: 2, memory: gib(4), image: Image.template('u') } });
    const e = refused(p);
    expect(e.constructPath).toMatch(/^test\/orders\//);
    expect(e.problem).toMatch(/requires a NIC \(network_interface\)/);
  });

  test('an OVF package without a NIC synthesizes, whether the VM names it or the target\'s imageSources give it', () => {
    const ovf = Image.ovf('https://images.example.com/appliance.ova', { size: gib(16) });
    const k = kit({ imageSources: { appliance: ovf } });
    k.vm('direct', { image: ovf, nics: [] });
    k.vm('mapped', { image: Image.template('appliance'), nics: undefined });
    for (const id of ['direct', 'mapped']) {
      const vm = k.vmOut(id);
      expect(vm.ovf_deploy).toEqual({ remote_ovf_url: 'https://images.example.com/appliance.ova', disk_provisioning: 'thin' });
      expect(vm.network_interface).toEqual([]);
    }
  });

  test('the image after imageSources decides: an OVF package the target replaces by a template needs a NIC', () => {
    const k = kit({ imageSources: { appliance: Image.template('appliance-tpl') } });
    k.vm('app1', { image: Image.ovf('https://images.example.com/appliance.ova', { size: gib(16) }), nics: [] });
    const e = refused(k);
    expect(e.constructPath).toBe('test/app1');
    expect(e.value).toBe('no NIC, image "appliance-tpl" (template)');
  });

  test('a VM with a NIC synthesizes with its network_interface', () => {
    const k = kit();
    k.vm('web1', { nics: [Nic.on(k.net)] });
    expect(k.vmOut('web1').network_interface).toEqual([{ network_id: '${vsphere_distributed_port_group.app.id}', adapter_type: 'vmxnet3' }]);
  });

  test('a vSphere override that gives the whole network_interface list is the user\'s own way out; an empty list or another vendor\'s is not', () => {
    const k = kit();
    const vm = k.vm('web1', { nics: [] });
    vm.addVendorOverride(Vendor.VSPHERE, 'network_interface', [{ network_id: 'dvportgroup-1' }]);
    expect(k.vmOut('web1').network_interface).toEqual([{ network_id: 'dvportgroup-1' }]);
    for (const [vendor, value] of [[Vendor.VSPHERE, []], [Vendor.HYPERV, [{ network_id: 'dvportgroup-1' }]]] as const) {
      const other = kit();
      other.vm('web1', { nics: [] }).addVendorOverride(vendor, 'network_interface', value);
      expect(refused(other).problem).toMatch(/requires a NIC \(network_interface\)/);
    }
  });
});

describe('vmResources', () => {
  test('gives the content library and item, datastore cluster, storage policy, ISO datastore and resource pool a VM uses', () => {
    const k = kit({ imageSources: { u: Image.contentLibrary('images', 'u', { size: gib(20) }) }, isoDatastore: 'isos' });
    const vm = k.vm('web1', { image: Image.template('u'), storagePolicy: 'gold', drives: [Drive.iso('x.iso')], resourcePool: 'batch' });
    const blank = k.vm('inst1', { image: Image.blank(), osDiskSize: gib(40), storage: Storage.cluster('sdrs') });
    const r = k.target.vmResources(vm);
    const b = k.target.vmResources(blank);
    const out = k.out();
    expect(r.template).toBeUndefined();
    expect(out.data.vsphere_content_library[r.contentLibrary!.friendlyUniqueId].name).toBe('images');
    expect(out.data.vsphere_content_library_item[r.contentLibraryItem!.friendlyUniqueId].name).toBe('u');
    expect(out.data.vsphere_storage_policy[r.storagePolicy!.friendlyUniqueId].name).toBe('gold');
    expect(out.data.vsphere_datastore[r.isoDatastore!.friendlyUniqueId].name).toBe('isos');
    expect(out.resource.vsphere_resource_pool[r.resourcePool!.friendlyUniqueId].name).toBe('batch');
    expect(b.datastore).toBeUndefined();
    expect(out.data.vsphere_datastore_cluster[b.datastoreCluster!.friendlyUniqueId].name).toBe('sdrs');
  });
});

describe('CD/DVD drives and boot order', () => {
  test('an ISO at <isoDirectory>/<file> on the ISO datastore, an empty drive as a client device', () => {
    const k = kit({ isoDatastore: 'isos', isoDirectory: 'media/iso' });
    k.vm('web1', { drives: [Drive.iso('tools/vmware-tools.iso'), Drive.empty()] });
    expect(k.vmOut('web1').cdrom).toEqual([
      { datastore_id: '${data.vsphere_datastore.target_datastore_isos.id}', path: 'media/iso/tools/vmware-tools.iso' },
      { client_device: true },
    ]);
    expect(plain(k.out().data.vsphere_datastore.target_datastore_isos)).toMatchObject({ name: 'isos' });
    // drives alone change no boot device: the VM boots from its disk
    expect(k.vmOut('web1').extra_config).toEqual({ 'bios.bootDeviceClasses': 'allow:hd' });
  });

  test('by default the ISO folder is "iso" on the target\'s datastore; an empty isoDirectory is the datastore\'s root', () => {
    const a = kit();
    a.vm('web1', { drives: [Drive.iso('x.iso')] });
    expect(a.vmOut('web1').cdrom).toEqual([{ datastore_id: '${data.vsphere_datastore.target_datastore.id}', path: 'iso/x.iso' }]);
    expect(Object.keys(a.out().data.vsphere_datastore)).toEqual(['target_datastore']);
    const b = kit({ isoDirectory: '' });
    b.vm('web1', { drives: [Drive.iso('x.iso')] });
    expect(b.vmOut('web1').cdrom[0].path).toBe('x.iso');
  });

  test('an ISO drive needs a datastore to find it on', () => {
    const k = kit({ datastore: undefined });
    k.vm('web1', { storage: Storage.named('fast'), drives: [Drive.iso('x.iso')] });
    const e = refused(k);
    expect(e.problem).toMatch(/names neither an ISO datastore nor a datastore/);
    expect(e.fix).toBe('set isoDatastore (or datastore) on the VsphereTarget');
  });

  test('an ISO directory that is not a relative folder path is refused', () => {
    for (const bad of ['/iso', 'iso/', '../iso', 'a/../b', 'iso${x}', 'a\nb']) {
      const e = refusal(() => kit({ isoDirectory: bad }));
      expect(e.problem).toMatch(/ISO directory is not a folder path/);
      expect(e.value).toBe(JSON.stringify(bad));
    }
  });

  test('at most two drives: the provider\'s cdrom blocks', () => {
    const k = kit();
    k.vm('web1', { drives: [Drive.empty(), Drive.empty(), Drive.empty()] });
    const e = refused(k);
    expect(e.problem).toMatch(/3 CD\/DVD drives; the provider attaches at most 2/);
  });

  test('BIOS: the exact boot order, the OS disk for hdd, and only the classes it boots from', () => {
    const k = kit();
    k.vm('web1', { firmware: Firmware.BIOS, drives: [Drive.iso('x.iso')], bootOrder: [BootDevice.CDROM, BootDevice.DISK, BootDevice.NETWORK] });
    k.vm('pxe1', { firmware: Firmware.BIOS, bootOrder: [BootDevice.NETWORK] });
    expect(k.vmOut('web1').extra_config).toEqual({
      'bios.bootDeviceClasses': 'allow:cd,hd,net', 'bios.bootOrder': 'cdrom,hdd,ethernet0', 'bios.hddOrder': 'scsi0:0',
    });
    expect(k.vmOut('pxe1').extra_config).toEqual({ 'bios.bootDeviceClasses': 'allow:net', 'bios.bootOrder': 'ethernet0' });
  });

  test('EFI: the classes in boot order only (EFI firmware ignores bios.bootOrder)', () => {
    const k = kit();
    k.vm('web1', { firmware: Firmware.UEFI, drives: [Drive.iso('x.iso')], bootOrder: [BootDevice.NETWORK, BootDevice.DISK] });
    expect(k.vmOut('web1').extra_config).toEqual({ 'bios.bootDeviceClasses': 'allow:net,hd' });
    expect(k.target.supportOf(Feature.BOOT_ORDER).how).toMatch(/EFI firmware ignores it/);
  });

  test('a cloud-init VM keeps its guestinfo beside the boot settings', () => {
    const k = kit();
    k.vm('web1', { bootOrder: [BootDevice.DISK], guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }) });
    expect(Object.keys(k.vmOut('web1').extra_config)).toEqual([
      'bios.bootDeviceClasses', 'guestinfo.metadata', 'guestinfo.metadata.encoding', 'guestinfo.userdata', 'guestinfo.userdata.encoding',
    ]);
  });
});

describe('storage', () => {
  test('a named datastore for the VM and one for a disk, each looked up once; the target\'s own is reused by name', () => {
    const k = kit();
    k.vm('web1', { storage: Storage.named('fast'), disks: [Disk.data(gib(10), { storage: Storage.named('ds1') })] });
    k.vm('web2', { storage: Storage.named('fast') });
    const out = k.out();
    expect(Object.keys(out.data.vsphere_datastore).sort()).toEqual(['target_datastore', 'target_datastore_fast']);
    expect(k.vmOut('web1').datastore_id).toBe('${data.vsphere_datastore.target_datastore_fast.id}');
    expect(k.vmOut('web1').disk[1].datastore_id).toBe('${data.vsphere_datastore.target_datastore.id}');
    expect(k.vmOut('web1').disk[0]).not.toHaveProperty('datastore_id');
    expect(k.vmOut('web2').datastore_id).toBe('${data.vsphere_datastore.target_datastore_fast.id}');
  });

  test('a target without datastore takes VMs that name their storage, and still refuses the others', () => {
    const ok = kit({ datastore: undefined });
    ok.vm('web1', { storage: Storage.named('fast') });
    expect(ok.vmOut('web1').datastore_id).toBe('${data.vsphere_datastore.target_datastore_fast.id}');
    const bad = kit({ datastore: undefined });
    bad.vm('web1');
    expect(refused(bad).fix).toBe('set datastore on the VsphereTarget');
  });

  test('a datastore cluster: datastore_cluster_id instead of datastore_id; a disk on the same cluster names nothing', () => {
    const k = kit({ datastore: undefined });
    k.vm('web1', { storage: Storage.cluster('sdrs'), disks: [Disk.data(gib(10), { storage: Storage.cluster('sdrs') })] });
    const vm = k.vmOut('web1');
    expect(vm.datastore_cluster_id).toBe('${data.vsphere_datastore_cluster.target_datastore_cluster_sdrs.id}');
    expect(vm).not.toHaveProperty('datastore_id');
    expect(vm.disk.some((d: any) => 'datastore_id' in d)).toBe(false);
    expect(plain(k.out().data.vsphere_datastore_cluster.target_datastore_cluster_sdrs)).toEqual({
      name: 'sdrs', datacenter_id: '${data.vsphere_datacenter.target_datacenter.id}', provider: 'vsphere',
    });
  });

  test('a disk\'s datastore under a VM on a datastore cluster, and a disk on another cluster, are refused', () => {
    const a = kit();
    a.vm('web1', { storage: Storage.cluster('sdrs'), disks: [Disk.data(gib(10), { name: 'logs', storage: Storage.named('fast') })] });
    const e1 = refused(a);
    expect(e1.problem).toMatch(/Disk "logs" names a datastore, but the VM is on datastore cluster "sdrs"/);
    expect(e1.fix).toMatch(/leave the disk's storage out/);
    const b = kit();
    b.vm('web1', { disks: [Disk.data(gib(10), { name: 'logs', storage: Storage.cluster('other') })] });
    const e2 = refused(b);
    expect(e2.problem).toMatch(/Disk "logs" names datastore cluster "other", which is not its VM's/);
    expect(e2.fix).toMatch(/Storage.cluster\("other"\)/);
  });

  test('a datastore cluster is refused for a content-library item and an OVF package, which vCenter deploys to one datastore', () => {
    const k = kit({ imageSources: { u: Image.contentLibrary('images', 'u', { size: gib(20) }) } });
    k.vm('web1', { image: Image.template('u'), storage: Storage.cluster('sdrs') });
    const e = refused(k);
    expect(e.problem).toMatch(/content-library item to one datastore/);
    expect(e.fix).toMatch(/Storage.named/);
  });

  test('storage policies: the VM\'s on its home, OS disk and data disks; a disk\'s own over it; one data source per policy', () => {
    const k = kit();
    k.vm('web1', {
      storagePolicy: 'silver',
      disks: [Disk.data(gib(10), { name: 'a', slot: 1 }), Disk.data(gib(10), { name: 'b', slot: 2, storagePolicy: 'gold' })],
    });
    k.vm('web2', { storagePolicy: 'gold' });
    const silver = '${data.vsphere_storage_policy.target_storage_policy_silver.id}';
    const gold = '${data.vsphere_storage_policy.target_storage_policy_gold.id}';
    const vm = k.vmOut('web1');
    expect([vm.storage_policy_id, ...vm.disk.map((d: any) => d.storage_policy_id)]).toEqual([silver, silver, silver, gold]);
    expect(k.vmOut('web2').storage_policy_id).toBe(gold);
    expect(Object.keys(k.out().data.vsphere_storage_policy).sort()).toEqual(['target_storage_policy_gold', 'target_storage_policy_silver']);
  });

  test('an encrypted VM keeps the encryption policy: another policy is refused, the same one accepted', () => {
    const make = (storagePolicy: string) => {
      const k = kit({ keyProvider: VsphereKeyProvider.named('nkp') });
      new ShieldedVm(k.stack, 'sv', {
        target: k.target,
        cpus: 2,
        memory: gib(4),
        image: Image.template('w'),
        guestOs: GuestOs.WINDOWS_SERVER_2022,
        shielding: ShieldingLevel.ENCRYPTED,
        storagePolicy,
        disks: [Disk.data(gib(10))],
        nics: [Nic.on(k.net)],
      });
      return k;
    };
    const e = refused(make('gold'));
    expect(e.constructPath).toBe('test/sv');
    expect(e.problem).toMatch(/keep the encryption policy "VM Encryption Policy", so the VM cannot have a policy of its own/);
    const ok = make('VM Encryption Policy').vmOut('sv');
    const policy = '${data.vsphere_storage_policy.target_encryption_policy.id}';
    expect([ok.storage_policy_id, ...ok.disk.map((d: any) => d.storage_policy_id)]).toEqual([policy, policy, policy]);
  });

  test('storage and policy names are text: ${ and %{ are escaped, never expressions', () => {
    const k = kit();
    k.vm('web1', { storage: Storage.named('ds ${x} "q"'), storagePolicy: 'gold %{if}' });
    const data = k.out().data;
    expect(Object.values<any>(data.vsphere_datastore).map((d) => d.name)).toContain('ds $${x} "q"');
    expect(Object.values<any>(data.vsphere_storage_policy).map((d) => d.name)).toEqual(['gold %%{if}']);
  });
});

describe('disk buses', () => {
  test('SATA, NVMe and IDE disks: their controller type, unit numbers and controllers; the paravirtual bus unchanged', () => {
    const k = kit();
    k.vm('web1', {
      firmware: Firmware.BIOS,
      disks: [
        Disk.data(gib(1), { name: 'p1', slot: 1 }),
        Disk.data(gib(1), { name: 's1', slot: 1, bus: DiskBus.SATA }),
        Disk.data(gib(1), { name: 's30', slot: 30, bus: DiskBus.SATA }),
        Disk.data(gib(1), { name: 'n1', slot: 1, bus: DiskBus.NVME }),
        Disk.data(gib(1), { name: 'n15', slot: 15, bus: DiskBus.NVME }),
        Disk.data(gib(1), { name: 'i3', slot: 3, bus: DiskBus.IDE }),
      ],
    });
    const vm = k.vmOut('web1');
    expect(vm.disk.map((d: any) => [d.label, d.controller_type, d.unit_number])).toEqual([
      ['os', undefined, 0], ['p1', undefined, 1], ['s1', 'sata', 1], ['s30', 'sata', 30], ['n1', 'nvme', 0], ['n15', 'nvme', 14], ['i3', 'ide', 3],
    ]);
    expect(vm.sata_controller_count).toBe(2);
    expect(vm.nvme_controller_count).toBe(1);
    expect(vm).not.toHaveProperty('ide_controller_count');
    expect(vm).not.toHaveProperty('scsi_controller_count');
  });

  test('the design\'s order of disks changes nothing: each disk keeps its label and unit', () => {
    const disks = [
      Disk.data(gib(1), { name: 'logs', slot: 2, bus: DiskBus.SATA }),
      Disk.data(gib(2), { name: 'data', slot: 1 }),
      Disk.data(gib(3), { name: 'scratch', slot: 1, bus: DiskBus.SATA }),
    ];
    const a = kit();
    a.vm('web1', { disks });
    const b = kit();
    b.vm('web1', { disks: [...disks].reverse() });
    expect(b.vmOut('web1').disk).toEqual(a.vmOut('web1').disk);
    expect(a.vmOut('web1').disk.map((d: any) => d.label)).toEqual(['os', 'data', 'scratch', 'logs']);
  });

  test.each([
    [DiskBus.SATA, 60, 59],
    [DiskBus.NVME, 16, 15],
    [DiskBus.IDE, 4, 3],
  ])('a %s disk at slot %i (beyond %i) is refused, naming the disk and the limit', (bus, slot, max) => {
    const k = kit();
    k.vm('web1', { firmware: Firmware.BIOS, disks: [Disk.data(gib(1), { name: 'big', slot, bus })] });
    const e = refused(k);
    expect(e.constructPath).toBe('test/web1');
    expect(e.value).toBe(`big: ${bus} slot ${slot}`);
    expect(e.allowed).toMatch(new RegExp(`^${bus} slots 1 to ${max} \\(`));
  });

  test('an IDE disk cannot take the unit of a CD/DVD drive', () => {
    const ok = kit();
    ok.vm('web1', { firmware: Firmware.BIOS, drives: [Drive.empty()], disks: [Disk.data(gib(1), { bus: DiskBus.IDE })] });
    expect(ok.vmOut('web1').disk[1]).toMatchObject({ controller_type: 'ide', unit_number: 1 });
    const k = kit();
    k.vm('web1', { firmware: Firmware.BIOS, drives: [Drive.empty(), Drive.iso('x.iso')], disks: [Disk.data(gib(1), { name: 'old', bus: DiskBus.IDE })] });
    const e = refused(k);
    expect(e.problem).toMatch(/2 CD\/DVD drives take IDE units ide0:0 to ide0:1/);
    expect(e.value).toBe('old: ide slot 1');
    expect(e.allowed).toBe('IDE slots 2 to 3');
  });

  test('the paravirtual limit counts paravirtual disks only', () => {
    const k = kit();
    k.vm('web1', { disks: [Disk.data(gib(1), { name: 'p', slot: 55 }), Disk.data(gib(1), { name: 's', slot: 59, bus: DiskBus.SATA })] });
    expect(k.vmOut('web1').scsi_controller_count).toBe(4);
    const bad = kit();
    bad.vm('web1', { disks: [Disk.data(gib(1), { name: 'p', slot: 56 })] });
    expect(refused(bad).value).toBe('p: slot 56');
  });

  test('the cell texts say what is native', () => {
    const k = kit();
    for (const f of [Feature.SATA_DISKS, Feature.NVME_DISKS, Feature.IDE_DISKS, Feature.CD_DRIVES, Feature.STORAGE_CLUSTER, Feature.IMAGE_OVF]) {
      expect(k.target.supportOf(f).support).toBe(Support.NATIVE);
    }
  });
});
