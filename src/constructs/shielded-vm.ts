import { Construct } from 'constructs';
import { VirtualMachine, VirtualMachineProps } from './virtual-machine';
import { VmInputs } from './vm-inputs';
import { ShieldingNode } from '../model/design';
import { DesignError } from '../model/errors';
import { Firmware } from '../model/firmware';
import { GuestOsFamily } from '../model/guest-os';
import { ShieldingLevel } from '../model/shielding';
import { Vendor } from '../model/vendor';

/** Properties of a {@link ShieldedVm}. */
export interface ShieldedVmProps extends VirtualMachineProps {
  /**
   * How far the VM is protected.
   *
   * @default ShieldingLevel.SECURE_BOOT_AND_TPM
   */
  readonly shielding?: ShieldingLevel;

  /**
   * Turn on virtualization-based security for a Windows guest (vSphere: with its prerequisites,
   * IOMMU and nested hardware virtualization).
   *
   * @default false
   */
  readonly virtualizationBasedSecurity?: boolean;

  /**
   * Encrypt the VM's memory with the CPU (AMD SEV); the hosts must support it.
   *
   * @default false
   */
  readonly memoryEncryption?: boolean;
}

/** What BIOS firmware lacks that a shielded VM needs, on each vendor. */
const BIOS_ON: { readonly [vendor in Vendor]: string } = {
  [Vendor.VSPHERE]: 'on vSphere, BIOS firmware has no Secure Boot, and a vTPM needs EFI firmware',
  [Vendor.HYPERV]: 'on Hyper-V, BIOS firmware makes a generation 1 VM, which has neither Secure Boot nor a vTPM',
  [Vendor.LIBVIRT]: 'on libvirt, BIOS firmware (SeaBIOS) has no Secure Boot',
  [Vendor.PROXMOX]: 'on Proxmox VE, BIOS firmware (SeaBIOS) has no Secure Boot',
};

/**
 * A VM whose security posture is fixed by construction: UEFI with Secure Boot, a virtual TPM 2.0,
 * and, by level, encryption and host-guardian shielding, rendered per vendor:
 *
 * - vSphere: EFI, `efi_secure_boot_enabled`, `vtpm` 2.0, an encryption storage policy on the VM
 *   home and every disk, optional virtualization-based security;
 * - Hyper-V: generation 2 with the Secure Boot template for the guest; the vTPM, key protector and
 *   shielding through PowerShell on the host (opt-in on the `HypervTarget`);
 * - libvirt: q35, UEFI with Secure Boot and enrolled keys, SMM, a `tpm-crb` 2.0 emulator, LUKS
 *   disks, optional AMD SEV.
 *
 * The guest OS must be named, and must be one that boots with Secure Boot.
 *
 * @example
 * new ShieldedVm(stack, 'dc1', {
 *   target,
 *   cpus: 2,
 *   memory: Size.gibibytes(8),
 *   guestOs: GuestOs.WINDOWS_SERVER_2022,
 *   image: Image.template('windows-server-2022'),
 *   shielding: ShieldingLevel.ENCRYPTED,
 * });
 */
export class ShieldedVm extends VirtualMachine {
  /** How far the VM is protected. */
  public readonly shielding: ShieldingLevel;

  /**
   * @param scope the stack or a construct in it
   * @param id construct ID; it becomes the Terraform name of the VM's resources
   * @param props the VM's design and its shielding
   */
  constructor(scope: Construct, id: string, props: ShieldedVmProps) {
    const shielding: ShieldingNode = {
      level: props.shielding ?? ShieldingLevel.SECURE_BOOT_AND_TPM,
      virtualizationBasedSecurity: props.virtualizationBasedSecurity ?? false,
      memoryEncryption: props.memoryEncryption ?? false,
    };
    const inputs: VmInputs = { ...props, _shielding: shielding };
    super(scope, id, inputs);
    if (props.firmware === Firmware.BIOS) {
      throw new DesignError(this, {
        problem: `A shielded VM boots with UEFI Secure Boot; ${BIOS_ON[this.target.vendor]}.`,
        value: 'firmware: Firmware.BIOS',
        fix: 'leave firmware out (UEFI), or use a plain VirtualMachine',
      });
    }
    const os = props.guestOs;
    if (os === undefined) {
      throw new DesignError(this, {
        problem: 'A shielded VM must name its guest OS: Secure Boot templates and vTPM settings depend on it.',
        fix: 'set guestOs, e.g. GuestOs.WINDOWS_SERVER_2022 or GuestOs.UBUNTU_24_04',
      });
    }
    if (!os.secureBoot) {
      throw new DesignError(this, {
        problem: `${os.displayName} cannot boot with Secure Boot (its boot loader is not signed for UEFI Secure Boot, or that is not known).`,
        value: `guestOs: ${os.displayName}`,
        fix: 'use an OS that boots securely (a supported Windows, Ubuntu, Debian or RHEL), or a plain VirtualMachine',
      });
    }
    if (props.virtualizationBasedSecurity && os.family !== GuestOsFamily.WINDOWS) {
      throw new DesignError(this, {
        problem: 'Virtualization-based security is a Windows feature.',
        value: `guestOs: ${os.displayName}`,
        fix: 'leave virtualizationBasedSecurity out for this guest',
      });
    }
    this.shielding = shielding.level;
  }
}
