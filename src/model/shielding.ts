/** How far a shielded VM is protected. Every level includes the ones before it. */
export enum ShieldingLevel {
  /** UEFI Secure Boot and a virtual TPM 2.0. */
  SECURE_BOOT_AND_TPM = 'secure-boot-tpm',
  /**
   * Secure Boot, vTPM and encryption: vSphere VM encryption through a storage policy, libvirt
   * LUKS disks, Hyper-V encrypted state and migration traffic (the guest encrypts its disks
   * with BitLocker and the vTPM).
   */
  ENCRYPTED = 'encrypted',
  /**
   * Hyper-V shielded VM: encrypted, with keys from a Host Guardian Service guardian, and closed
   * to the host's administrators (`Set-VMSecurityPolicy -Shielded`). Hyper-V only.
   */
  HOST_GUARDED = 'host-guarded',
}
