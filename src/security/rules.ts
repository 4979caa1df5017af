import { IRuleContext, ISecurityRule, ResourceView, Severity, Verdict } from './rule';
import { fail, isExpression, list, literal, pass, undecided } from './verdicts';
import { isEncrypted } from '../model/design';
import { TrafficRole } from '../model/network';
import { Vendor } from '../model/vendor';

const VSPHERE_VM = { vsphere_virtual_machine: Vendor.VSPHERE };
const HYPERV_VM = { hyperv_machine_instance: Vendor.HYPERV };
const LIBVIRT_VM = { libvirt_domain: Vendor.LIBVIRT };
const PROXMOX_VM = { proxmox_virtual_environment_vm: Vendor.PROXMOX };
const ALL_VMS = { ...VSPHERE_VM, ...HYPERV_VM, ...LIBVIRT_VM, ...PROXMOX_VM };

const SCG = 'VMware vSphere 8 Security Configuration Guide';

/**
 * The vSphere guest IDs (`guest_id`) of the guests that want a TPM (`GuestOs.wantsTpm`): Windows 11,
 * Windows Server 2022 (`windows2019srvNext_64Guest`) and Windows Server 2025 (`windows2022srvNext_64Guest`).
 * The rule reads the guest from the attribute, as the provider names it, so that it judges any
 * `vsphere_virtual_machine`, the library's or not, by what it declares.
 */
const TPM_GUEST_IDS: readonly string[] = ['windows11_64Guest', 'windows2019srvNext_64Guest', 'windows2022srvNext_64Guest'];

/** Indexes of the views a context returns, by the function that keys them: one pass per list, not one per lookup. */
const INDEXES = new WeakMap<readonly ResourceView[], Map<(v: ResourceView) => string[], Map<string, ResourceView[]>>>();

/**
 * The views of a list by each of their keys, in list order; built once per list and key function
 * (the baseline's context returns the same list for a type every time).
 */
function indexed(views: readonly ResourceView[], keysOf: (v: ResourceView) => string[]): Map<string, ResourceView[]> {
  let byKeys = INDEXES.get(views);
  if (byKeys === undefined) {
    byKeys = new Map();
    INDEXES.set(views, byKeys);
  }
  let index = byKeys.get(keysOf);
  if (index === undefined) {
    index = new Map();
    for (const v of views) {
      for (const key of new Set(keysOf(v))) {
        const withKey = index.get(key);
        if (withKey === undefined) index.set(key, [v]);
        else withKey.push(v);
      }
    }
    byKeys.set(keysOf, index);
  }
  return index;
}

/** Keys of `indexed`: a resource's address. */
const byAddress = (v: ResourceView) => [v.address];
/** Keys of `indexed`: the networks a vSphere VM's interfaces are on. */
const byNetworkId = (vm: ResourceView) => list(vm.attributes.network_interface).map((n) => String(n.network_id));

/** The first element of a block that the JSON output may write as an object or a one-element list. */
const block = (value: unknown): any => list(value)[0];

/** Secure Boot on every UEFI VM. */
const secureBoot: ISecurityRule = {
  id: 'HVSEC-VM-1',
  title: 'VMs boot with UEFI Secure Boot',
  severity: Severity.WARNING,
  rationale: 'Secure Boot lets only signed boot loaders and kernels run, which stops boot-level malware from loading before the OS.',
  references: [`${SCG}: vm-8.secure-boot (EfiSecureBootEnabled)`, 'DISA STIG vSphere 8.0 VM V-258726'],
  resourceTypes: ALL_VMS,
  check(r) {
    const a = r.attributes;
    switch (r.type) {
      case 'vsphere_virtual_machine':
        if (a.firmware !== 'efi') return fail(`firmware is ${a.firmware ?? 'bios'}; Secure Boot needs efi`);
        return literal(a.efi_secure_boot_enabled, 'efi_secure_boot_enabled',
          (v) => (v === true ? pass() : fail('efi_secure_boot_enabled is not true')));
      case 'hyperv_machine_instance': {
        if ((a.generation ?? 2) !== 2) return fail('generation 1 VMs have BIOS firmware without Secure Boot');
        const fw = block(a.vm_firmware);
        return literal(fw?.enable_secure_boot, 'vm_firmware.enable_secure_boot',
          (v) => (v === undefined || String(v).toLowerCase() === 'on' ? pass() : fail(`vm_firmware.enable_secure_boot is ${v}`)));
      }
      case 'proxmox_virtual_environment_vm':
        return literal(a.bios, 'bios', (bios) => {
          if (bios !== 'ovmf') return fail(`bios is ${bios ?? 'seabios'}; Secure Boot needs ovmf (UEFI) with an efi_disk`);
          // Secure Boot is on when the distribution's and Microsoft's keys are enrolled in the EFI variables
          return literal(block(a.efi_disk)?.pre_enrolled_keys, 'efi_disk.pre_enrolled_keys',
            (v) => (v === true ? pass() : fail('efi_disk.pre_enrolled_keys is not true: no keys are enrolled, so Secure Boot is off')));
        });
      default: {
        const os = block(a.os);
        if (os?.firmware !== 'efi') return fail('os.firmware is not efi; Secure Boot needs UEFI firmware');
        const features = list(block(os.firmware_info)?.features);
        const secure = features.some((f) => f.name === 'secure-boot' && f.enabled === 'yes');
        return secure && os.loader_secure === 'yes' ? pass() : fail('the firmware has no secure-boot feature with a secure loader');
      }
    }
  },
};

/** A vTPM on guests that need one. */
const vtpm: ISecurityRule = {
  id: 'HVSEC-VM-2',
  title: 'Windows 11 and Windows Server 2022 or later guests have a virtual TPM',
  severity: Severity.WARNING,
  rationale: 'These guests use a TPM for BitLocker keys, Credential Guard and measured boot; Windows 11 does not install without one.',
  references: [`${SCG}: vm-8.vtpm`, 'Microsoft Windows 11 system requirements (TPM 2.0)'],
  resourceTypes: ALL_VMS,
  check(r) {
    const a = r.attributes;
    const needsTpm = r._vm?.guestOs.wantsTpm;
    switch (r.type) {
      case 'vsphere_virtual_machine':
        if (isExpression(a.guest_id)) return undecided('guest_id is known only at apply');
        if (!TPM_GUEST_IDS.includes(a.guest_id)) return undefined;
        return list(a.vtpm).length > 0 ? pass() : fail(`guest ${a.guest_id} has no vtpm block`);
      case 'hyperv_machine_instance':
        // The provider has neither a guest OS nor a TPM attribute: only the library's VMs can be judged.
        if (needsTpm === undefined) return undecided('the hyperv provider exposes no guest OS or TPM; the rule checks this library\'s VMs only');
        if (!needsTpm) return undefined;
        return r._vm!.shielding !== undefined ? pass() : fail(`guest ${r._vm!.guestOs.key} has no TPM: make it a ShieldedVm`);
      case 'proxmox_virtual_environment_vm': {
        // another VM is judged by its OS type: win11 is Windows 11, Server 2022 and 2025
        const osType = block(a.operating_system)?.type;
        if (needsTpm === undefined && isExpression(osType)) return undecided('operating_system.type is known only at apply');
        if (!(needsTpm ?? osType === 'win11')) return undefined;
        const guest = r._vm?.guestOs.key ?? `of type ${osType}`;
        return block(a.tpm_state) !== undefined ? pass() : fail(`guest ${guest} has no tpm_state${r._vm ? ': make it a ShieldedVm' : ''}`);
      }
      default: {
        if (needsTpm === false) return undefined;
        const tpms = list(block(a.devices)?.tpms);
        if (needsTpm === undefined) return tpms.length > 0 ? pass() : undefined;
        return tpms.length > 0 ? pass() : fail(`guest ${r._vm!.guestOs.key} has no tpm device`);
      }
    }
  },
};

/** Disk encryption. */
const diskEncryption: ISecurityRule = {
  id: 'HVSEC-VM-3',
  title: 'VM disks are encrypted at rest',
  severity: Severity.WARNING,
  rationale: 'Encrypted disks keep data unreadable on stolen media, copied datastores and backups.',
  references: [`${SCG}: vm-8.encryption`, 'Practice: VM and storage encryption'],
  resourceTypes: { ...VSPHERE_VM, libvirt_volume: Vendor.LIBVIRT, ...HYPERV_VM, ...PROXMOX_VM },
  check(r) {
    const a = r.attributes;
    switch (r.type) {
      case 'vsphere_virtual_machine':
        if (r._vm !== undefined) {
          return isEncrypted(r._vm) ? pass() : fail('the VM is not encrypted: make it a ShieldedVm with ShieldingLevel.ENCRYPTED');
        }
        return a.storage_policy_id !== undefined ? undecided('storage_policy_id is set; whether the policy encrypts is known only to vCenter') : fail('no storage policy encrypts the VM');
      case 'hyperv_machine_instance':
        if (r._vm === undefined) return undecided('the hyperv provider has no encryption attribute; the rule checks this library\'s VMs only');
        return isEncrypted(r._vm) ? pass() : fail('the VM is not encrypted: make it a ShieldedVm with ShieldingLevel.ENCRYPTED');
      case 'proxmox_virtual_environment_vm':
        // Proxmox VE encrypts no disk itself: an encrypted VM of the library is kept on the target's encryptedDatastore
        if (r._vm === undefined) return undecided('Proxmox VE encrypts below its storages; whether a datastore is encrypted is known only to the cluster');
        return isEncrypted(r._vm) ? pass()
          : fail('the VM is not encrypted: make it a ShieldedVm with ShieldingLevel.ENCRYPTED, which keeps it on the target\'s encryptedDatastore');
      default: {
        const target = block(a.target);
        // a cloud-init seed or any raw ISO holds no data worth encrypting
        if (block(target?.format)?.type === 'raw' || block(a.create) !== undefined) return undefined;
        return block(target?.encryption) !== undefined ? pass() : fail('the volume has no target.encryption (LUKS)');
      }
    }
  },
};

/** An `extra_config` key that must be absent or one value. */
function extraConfigRule(id: string, title: string, keys: { [key: string]: string }, rationale: string, references: string[]): ISecurityRule {
  return {
    id,
    title,
    severity: Severity.WARNING,
    rationale,
    references,
    resourceTypes: VSPHERE_VM,
    check(r) {
      const extra = r.attributes.extra_config ?? {};
      if (isExpression(extra)) return undecided('extra_config is known only at apply');
      const wrong = Object.entries(keys).filter(([key, value]) => key in extra && String(extra[key]).toLowerCase() !== value.toLowerCase());
      const unknown = wrong.filter(([key]) => isExpression(extra[key]));
      if (unknown.length > 0) return undecided(`${unknown.map(([k]) => k).join(', ')} known only at apply`);
      return wrong.length === 0 ? pass() : fail(wrong.map(([key, value]) => `extra_config ${key} = ${extra[key]} (want ${value} or absent)`).join('; '));
    },
  };
}

const isolation = extraConfigRule('HVSEC-VSPHERE-1', 'Copy, paste and drag and drop between console and guest stay disabled',
  { 'isolation.tools.copy.disable': 'TRUE', 'isolation.tools.paste.disable': 'TRUE', 'isolation.tools.dnd.disable': 'TRUE' },
  'The console clipboard is a channel between the guest and any console user that bypasses network controls.',
  [`${SCG}: vm-8.isolate-copy-disable, vm-8.isolate-paste-disable, vm-8.isolate-dnd-disable`, 'DISA STIG vSphere 8.0 VM V-258703']);

const logRotation = extraConfigRule('HVSEC-VSPHERE-2', 'VM log files are rotated and kept at the guide\'s limits',
  { 'log.keepOld': '10', 'log.rotateSize': '2048000' },
  'Unbounded VM logs can fill a datastore; too few old logs lose the history an investigation needs.',
  [`${SCG}: vm-8.log-retention, vm-8.log-rotation-size`]);

/** VM diagnostic logging. */
const logging: ISecurityRule = {
  id: 'HVSEC-VSPHERE-3',
  title: 'VM diagnostic logging is on',
  severity: Severity.WARNING,
  rationale: 'The VM\'s vmware.log is the record of device changes and crashes that troubleshooting and forensics rely on; the provider turns it off unless asked.',
  references: [`${SCG}: vm-8.enable-logging`],
  resourceTypes: VSPHERE_VM,
  check: (r) => literal(r.attributes.enable_logging, 'enable_logging', (v) => (v === true ? pass() : fail('enable_logging is not true'))),
};

/** No passthrough or legacy devices. */
const devices: ISecurityRule = {
  id: 'HVSEC-VM-4',
  title: 'VMs have no passthrough, removable or legacy devices they do not need',
  severity: Severity.WARNING,
  rationale: 'Every device is attack surface between guest and host; passthrough devices also pin a VM to a host and defeat HA.',
  references: [`${SCG}: vm-8.remove-unnecessary-devices, vm-8.pci-passthrough`],
  resourceTypes: ALL_VMS,
  check(r) {
    const a = r.attributes;
    const found: string[] = [];
    switch (r.type) {
      case 'vsphere_virtual_machine':
        if (list(a.pci_device_id).length > 0) found.push('PCI passthrough (pci_device_id)');
        if (list(a.cdrom).some((c) => c.client_device === true)) found.push('a CD-ROM connected to the client device');
        break;
      case 'hyperv_machine_instance':
        if (list(a.dvd_drives).some((d) => !d.path)) found.push('an empty DVD drive');
        break;
      case 'proxmox_virtual_environment_vm': {
        if (list(a.hostpci).length > 0) found.push('PCI passthrough (hostpci)');
        for (const kind of ['usb', 'audio_device', 'virtiofs']) {
          if (list(a[kind]).length > 0) found.push(kind);
        }
        const cdrom = block(a.cdrom);
        if (cdrom?.file_id === 'cdrom') found.push('the node\'s physical CD/DVD drive (cdrom.file_id = cdrom)');
        if (cdrom?.file_id === 'none') found.push('an empty CD/DVD drive');
        break;
      }
      default: {
        const dev = block(a.devices) ?? {};
        for (const kind of ['hostdevs', 'sounds', 'audios', 'parallels', 'smartcards', 'redir_devs', 'shmems']) {
          if (list(dev[kind]).length > 0) found.push(kind);
        }
      }
    }
    return found.length === 0 ? pass() : fail(`has ${found.join(', ')}`);
  },
};

/** Boot from disk only. */
const bootFromDisk: ISecurityRule = {
  id: 'HVSEC-VM-5',
  title: 'VMs boot from their virtual disk only',
  severity: Severity.WARNING,
  rationale: 'Booting from network or removable media lets whoever controls that media take over the VM.',
  references: [`${SCG}: vm-8.boot-device-classes (bios.bootDeviceClasses = allow:hd)`],
  resourceTypes: ALL_VMS,
  check(r) {
    const a = r.attributes;
    switch (r.type) {
      case 'vsphere_virtual_machine': {
        const classes = (a.extra_config ?? {})['bios.bootDeviceClasses'];
        return literal(classes, 'extra_config bios.bootDeviceClasses',
          (v) => (v === 'allow:hd' ? pass() : fail(`extra_config bios.bootDeviceClasses is ${v ?? 'absent'} (want allow:hd)`)));
      }
      case 'hyperv_machine_instance': {
        const order = list(block(a.vm_firmware)?.boot_order);
        if ((a.generation ?? 2) !== 2) return undecided('generation 1 VMs have a BIOS boot order the provider does not expose');
        return order.length > 0 && order.every((b) => b.boot_type === 'HardDiskDrive')
          ? pass() : fail(`vm_firmware.boot_order is ${order.map((b) => b.boot_type).join(', ') || 'empty (the firmware tries every device)'}`);
      }
      case 'proxmox_virtual_environment_vm': {
        if (isExpression(a.boot_order)) return undecided('boot_order is known only at apply');
        const order = list(a.boot_order).map(String);
        if (order.some(isExpression)) return undecided('an entry of boot_order is known only at apply');
        // the CD/DVD drive and the cloud-init drive sit on disk buses too: they are not the VM's disks
        const media = [block(a.cdrom) === undefined ? undefined : block(a.cdrom).interface ?? 'ide3', block(a.initialization)?.interface];
        const disks = order.filter((d) => /^(scsi|sata|virtio|ide)[0-9]+$/.test(d) && !media.includes(d));
        return order.length > 0 && disks.length === order.length
          ? pass() : fail(`boot_order is ${order.join(', ') || 'unset (the template\'s order or Proxmox VE\'s default, which tries the CD/DVD drive and the network too)'} (want disks only)`);
      }
      default: {
        const boot = list(block(a.os)?.boot_devices).map((b) => b.dev);
        return boot.length > 0 && boot.every((d) => d === 'hd') ? pass() : fail(`os.boot_devices is ${boot.join(', ') || 'empty'} (want hd only)`);
      }
    }
  },
};

/** vSphere port group security policy. */
const portGroupSecurity: ISecurityRule = {
  id: 'HVSEC-VSPHERE-4',
  title: 'Port groups reject forged transmits, MAC address changes and promiscuous mode',
  severity: Severity.ERROR,
  rationale: 'Allowing them lets one VM impersonate another\'s MAC address or read the traffic of the whole port group.',
  references: [`${SCG}: esx-8.network-reject-forged-transmit, esx-8.network-reject-mac-changes, esx-8.network-reject-promiscuous-mode`],
  resourceTypes: { vsphere_distributed_port_group: Vendor.VSPHERE, vsphere_host_port_group: Vendor.VSPHERE },
  check(r) {
    const keys = ['allow_forged_transmits', 'allow_mac_changes', 'allow_promiscuous'];
    const unknown = keys.filter((k) => isExpression(r.attributes[k]));
    if (unknown.length > 0) return undecided(`${unknown.join(', ')} known only at apply`);
    const bad = keys.filter((k) => r.attributes[k] !== false);
    return bad.length === 0 ? pass() : fail(`${bad.map((k) => `${k} is ${r.attributes[k] ?? 'inherited from the switch'}`).join('; ')} (want false)`);
  },
};

/** Hyper-V adapter guards. */
const hypervGuards: ISecurityRule = {
  id: 'HVSEC-HYPERV-1',
  title: 'Hyper-V network adapters have MAC spoofing off and DHCP and router guard on',
  severity: Severity.WARNING,
  rationale: 'A VM that spoofs MAC addresses, answers DHCP or advertises routes can take over its neighbours\' traffic.',
  references: ['Microsoft Hyper-V security guide: virtual switch adapter settings', 'Practice: limited attack surface'],
  resourceTypes: HYPERV_VM,
  check(r) {
    const problems: string[] = [];
    list(r.attributes.network_adaptors).forEach((n, i) => {
      const name = n.name ?? `#${i + 1}`;
      const on = (v: unknown) => String(v).toLowerCase() === 'on';
      if (on(n.mac_address_spoofing)) problems.push(`${name}: mac_address_spoofing is On`);
      if (!on(n.dhcp_guard)) problems.push(`${name}: dhcp_guard is ${n.dhcp_guard ?? 'Off (default)'}`);
      if (!on(n.router_guard)) problems.push(`${name}: router_guard is ${n.router_guard ?? 'Off (default)'}`);
    });
    return problems.length === 0 ? pass() : fail(problems.join('; '));
  },
};

/** libvirt clean-traffic. */
const cleanTraffic: ISecurityRule = {
  id: 'HVSEC-LIBVIRT-1',
  title: 'libvirt interfaces use the clean-traffic network filter',
  severity: Severity.WARNING,
  rationale: 'clean-traffic stops a guest from spoofing MAC, IP and ARP, so it cannot take over the addresses of other guests.',
  references: ['libvirt network filters: clean-traffic', 'Practice: limited attack surface'],
  resourceTypes: LIBVIRT_VM,
  check(r, context) {
    const interfaces = list(block(r.attributes.devices)?.interfaces);
    const without = interfaces.filter((i) => !String(block(i.filter_ref)?.filter ?? '').startsWith('clean-traffic'));
    if (without.length === 0) return pass();
    // libvirt refuses filters on Open vSwitch ports: say so, so that the fix is in the switch
    const ovs = without.map((i) => ovsNetwork(block(block(i.source)?.network)?.network, context)).filter((n): n is string => n !== undefined);
    const rest = without.length - ovs.length;
    return fail([
      ...(rest > 0 ? [`${rest} of ${interfaces.length} interfaces have no clean-traffic filter_ref`] : []),
      ...(ovs.length > 0 ? [`${ovs.length} interfaces are Open vSwitch ports (network ${[...new Set(ovs)].join(', ')}), which libvirt cannot `
        + 'filter: enforce port security with flow rules on the switch and suppress this rule with that reason'] : []),
    ].join('; '));
  },
};

/** Proxmox VE firewall on every NIC. */
const proxmoxFirewall: ISecurityRule = {
  id: 'HVSEC-PROXMOX-1',
  title: 'Proxmox VE network devices are behind the Proxmox VE firewall',
  severity: Severity.WARNING,
  rationale: 'A NIC with firewall on is filtered by the VM\'s firewall, whose MAC filter (and IP filter, when enabled) stops a guest from '
    + 'spoofing addresses and taking over the traffic of other guests; without it the guest\'s frames reach the bridge unfiltered.',
  references: ['Proxmox VE Administration Guide: Proxmox VE Firewall (VM and container configuration, macfilter, ipfilter)', 'Practice: limited attack surface'],
  resourceTypes: PROXMOX_VM,
  check(r) {
    const nics = list(r.attributes.network_device);
    if (nics.some((n) => isExpression(n.firewall))) return undecided('network_device.firewall is known only at apply');
    const without = nics.filter((n) => n.firewall !== true);
    return without.length === 0 ? pass()
      : fail(`${without.length} of ${nics.length} network devices have firewall off (set firewall = true, and enable the VM's firewall options)`);
  },
};

/** Proxmox VE API certificate verification. */
const proxmoxTls: ISecurityRule = {
  id: 'HVSEC-PROXMOX-2',
  title: 'The Proxmox VE provider verifies the API\'s TLS certificate',
  severity: Severity.WARNING,
  rationale: 'Without verification anyone on the path to the API can pose as the cluster and receive the provider\'s API token or password.',
  references: ['CWE-295: Improper Certificate Validation', 'Proxmox VE Administration Guide: certificate management (ACME, custom certificates)'],
  resourceTypes: { proxmox: Vendor.PROXMOX },
  check(r) {
    const a = r.attributes;
    return literal(a.insecure, 'insecure', (insecure) => {
      if (insecure === true || String(insecure) === 'true') {
        return fail('insecure is true: the API\'s certificate is not verified (give the nodes a certificate the provider trusts, e.g. through ACME)');
      }
      return literal(a.min_tls, 'min_tls', (v) => (v === '1.0' || v === '1.1' ? fail(`min_tls is ${v} (want 1.2 or later)`) : pass()));
    });
  },
};

/** Roles of networks no VM workload may share (a management network may carry VMs' management NICs). */
/** The name of the network a `${libvirt_network.X.name}` reference names, if that network is on Open vSwitch. */
function ovsNetwork(reference: unknown, context: IRuleContext): string | undefined {
  const address = typeof reference === 'string' ? /^\$\{(libvirt_network\.[^.]+)\.name\}$/.exec(reference)?.[1] : undefined;
  const network = address === undefined ? undefined : indexed(context.resourcesOfType('libvirt_network'), byAddress).get(address)?.[0];
  const params = block(block(network?.attributes.virtual_port)?.params);
  return network !== undefined && params?.open_v_switch !== undefined ? String(network.attributes.name) : undefined;
}

const INFRASTRUCTURE = [TrafficRole.LIVE_MIGRATION, TrafficRole.CLUSTER, TrafficRole.STORAGE];

/** Infrastructure traffic on dedicated networks. */
const dedicatedNetworks: ISecurityRule = {
  id: 'HVSEC-NET-1',
  title: 'Live migration, cluster and storage traffic run on networks of their own, without VM workloads',
  severity: Severity.ERROR,
  rationale: 'Migration streams carry VM memory in clear text and cluster traffic controls failover; a guest on those networks can read or disrupt them.',
  references: ['DISA STIG ESXi 7.0 ESXI-70-000048 (isolate vMotion)', `${SCG}: esx-8.network-isolation`, 'Practice: dedicated adapters for management, migration and cluster traffic'],
  resourceTypes: { ...ALL_VMS, vsphere_vnic: Vendor.VSPHERE },
  check(r: ResourceView, context: IRuleContext): Verdict | undefined {
    if (r.type === 'vsphere_vnic') {
      // a vMotion or provisioning adapter's port group must carry no VM
      const group = r.attributes.distributed_port_group as string | undefined;
      if (group === undefined) return undefined;
      const groupAddress = /^\$\{(vsphere_distributed_port_group\.[^.]+)\.key\}$/.exec(group)?.[1];
      if (groupAddress === undefined) return undecided(`distributed_port_group is ${group}, not a port group of this stack`);
      const users = indexed(context.resourcesOfType('vsphere_virtual_machine'), byNetworkId).get(`\${${groupAddress}.id}`) ?? [];
      return users.length === 0 ? pass() : fail(`port group ${groupAddress} of this ${r.attributes.netstack ?? 'default'} adapter also carries VMs: ${users.map((u) => u.address).join(', ')}`);
    }
    if (r._vm === undefined) return undefined;
    // VMs of the library: no NIC on a network whose role is infrastructure
    const wrong = r._vm.nics.filter((n) => INFRASTRUCTURE.includes(n.network.role));
    return wrong.length === 0 ? pass() : fail(`NICs on infrastructure networks: ${wrong.map((n) => `${n.network.name} (${n.network.role})`).join(', ')}`);
  },
};

/** Every resource type of the four providers, from their schemas, and the provider blocks themselves. */
const EVERY_TYPE: { readonly [type: string]: Vendor } = Object.fromEntries([
  ...['vsphere', ...('compute_cluster compute_cluster_host_group compute_cluster_vm_affinity_rule compute_cluster_vm_anti_affinity_rule '
    + 'compute_cluster_vm_dependency_rule compute_cluster_vm_group compute_cluster_vm_host_rule configuration_profile content_library '
    + 'content_library_item custom_attribute datacenter datastore_cluster datastore_cluster_vm_anti_affinity_rule distributed_port_group '
    + 'distributed_virtual_switch distributed_virtual_switch_pvlan_mapping dpm_host_override drs_vm_override entity_permissions file folder '
    + 'guest_os_customization ha_vm_override host host_port_group host_virtual_switch license nas_datastore offline_software_depot '
    + 'resource_pool role storage_drs_vm_override supervisor tag tag_category vapp_container vapp_entity virtual_disk virtual_machine '
    + 'virtual_machine_class virtual_machine_snapshot vm_storage_policy vmfs_datastore vnic').split(' ').map((t) => `vsphere_${t}`)]
    .map((t) => [t, Vendor.VSPHERE]),
  // terraform_data: the library runs its Hyper-V host scripts from it, with a WinRM connection
  ...['hyperv', 'hyperv_iso_image', 'hyperv_machine_instance', 'hyperv_network_switch', 'hyperv_vhd', 'terraform_data'].map((t) => [t, Vendor.HYPERV]),
  ...['libvirt', ...'cloudinit_disk combustion domain ignition network pool volume'.split(' ').map((t) => `libvirt_${t}`)]
    .map((t) => [t, Vendor.LIBVIRT]),
  ...['proxmox', ...('acl acme_account acme_certificate acme_dns_plugin apt_repository apt_standard_repository certificate cloned_vm '
    + 'cluster_firewall cluster_firewall_security_group cluster_options container dns download_file file firewall_alias firewall_ipset '
    + 'firewall_options firewall_rules group hagroup hardware_mapping_dir hardware_mapping_pci hardware_mapping_usb haresource harule hosts '
    + 'metrics_server network_linux_bridge network_linux_vlan node_firewall oci_image pool pool_membership realm_ldap realm_openid realm_sync '
    + 'replication role sdn_applier sdn_fabric_node_openfabric sdn_fabric_node_ospf sdn_fabric_openfabric sdn_fabric_ospf sdn_subnet sdn_vnet '
    + 'sdn_zone_evpn sdn_zone_qinq sdn_zone_simple sdn_zone_vlan sdn_zone_vxlan storage_cifs storage_directory storage_lvm storage_lvmthin '
    + 'storage_nfs storage_pbs storage_zfspool time user user_token vm vm2').split(' ').map((t) => `proxmox_virtual_environment_${t}`),
  ...('acl acme_account acme_certificate acme_dns_plugin apt_repository apt_standard_repository backup_job ceph_pool cloned_vm cluster_options '
    + 'download_file hagroup hardware_mapping_dir hardware_mapping_pci hardware_mapping_usb haresource harule metrics_server network_linux_bond '
    + 'network_linux_bridge network_linux_vlan node_config node_disk_zfs node_firewall oci_image pool_membership realm_ldap realm_openid '
    + 'realm_sync replication sdn_applier sdn_controller_evpn sdn_fabric_node_openfabric sdn_fabric_node_ospf sdn_fabric_openfabric '
    + 'sdn_fabric_ospf sdn_subnet sdn_vnet sdn_zone_evpn sdn_zone_qinq sdn_zone_simple sdn_zone_vlan sdn_zone_vxlan storage_cifs '
    + 'storage_directory storage_lvm storage_lvmthin storage_nfs storage_pbs storage_zfspool user_token vm').split(' ').map((t) => `proxmox_${t}`)]
    .map((t) => [t, Vendor.PROXMOX]),
]);

/**
 * Attribute (or map key) names that hold a secret: passwords, passphrases, tokens, private and
 * license keys and sign-in tickets (`password`, `connection.password`, `windows_options.admin_password`, `api_token`, `auth_ticket`,
 * `extra_config` `guestinfo.root.password`, `product_key`, `windows_sysprep_text`, ...).
 */
const SECRET_NAME = /(^|[._-])(password|passwd|passphrase|secret|token|private_key|product_key|license_key|api_key|access_key|secret_key|windows_sysprep_text|auth_ticket)$/i;
/** A libvirt secret is named by its UUID, which is not the secret. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A Terraform expression (a reference, a function call); `$${` is an escaped, literal `${`. */
const EXPRESSION = /(^|[^$])\$\{/;

/** The secret-named attributes under `node` (`all`) and those of them that hold a literal (`literal`). */
function secretAttributes(node: unknown, at: string, found: { all: number; literal: string[] }): { all: number; literal: string[] } {
  if (Array.isArray(node)) {
    node.forEach((child, i) => secretAttributes(child, `${at}[${i}]`, found));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const here = at === '' ? key : `${at}.${key}`;
      if (SECRET_NAME.test(key) && (typeof value === 'string' || typeof value === 'number')) {
        const text = String(value);
        found.all++;
        if (text !== '' && !EXPRESSION.test(text) && !UUID.test(text)) found.literal.push(here);
      } else {
        secretAttributes(value, here, found);
      }
    }
  }
  return found;
}

/** No literal secrets. */
const noLiteralSecrets: ISecurityRule = {
  id: 'HVSEC-SECRET-1',
  title: 'Passwords and other secrets are not written into the configuration as literals',
  severity: Severity.ERROR,
  rationale: 'A literal secret is readable by anyone who can read the synthesized configuration, the repository it is committed to or the CI logs; '
    + 'a sensitive variable or the provider\'s environment variable keeps it out of the output.',
  references: ['CWE-798: Use of Hard-coded Credentials', 'CWE-312: Cleartext Storage of Sensitive Information', 'Terraform: sensitive input variables'],
  resourceTypes: EVERY_TYPE,
  check(r) {
    // a resource without secret attributes is not reported, to keep the report to what matters
    const { all, literal: found } = secretAttributes(r.attributes, '', { all: 0, literal: [] });
    if (all === 0) return undefined;
    return found.length === 0 ? pass()
      : fail(`${found.join(', ')} ${found.length === 1 ? 'is a literal' : 'are literals'} (value not shown): `
        + 'give a reference to a sensitive variable (Credentials.fromVariables for the targets\' sign-in) or leave it to the environment');
  },
};

/**
 * The rules of the security baseline, in the order they are reported.
 */
export const SECURITY_RULES: readonly ISecurityRule[] = [
  secureBoot, vtpm, diskEncryption, devices, bootFromDisk, isolation, logRotation, logging, portGroupSecurity, hypervGuards,
  cleanTraffic, proxmoxFirewall, proxmoxTls, dedicatedNetworks, noLiteralSecrets,
];
