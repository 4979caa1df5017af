import { GuestOs, GuestOsFamily } from '../../model/guest-os';

/**
 * vSphere guest identifiers (`guest_id`) of the guest operating systems the model knows.
 *
 * @see https://developer.broadcom.com/xapis/vsphere-web-services-api/latest/vim.vm.GuestOsDescriptor.GuestOsIdentifier.html
 */
const GUEST_IDS: Record<string, string> = {
  'ubuntu-22.04': 'ubuntu64Guest',
  'ubuntu-24.04': 'ubuntu64Guest',
  'debian-12': 'debian12_64Guest',
  'rhel-9': 'rhel9_64Guest',
  'linux': 'otherLinux64Guest',
  'windows-server-2019': 'windows2019srv_64Guest',
  'windows-server-2022': 'windows2019srvNext_64Guest',
  'windows-server-2025': 'windows2022srvNext_64Guest',
  'windows-11': 'windows11_64Guest',
  // "FreeBSD 13 or later versions (64-bit)", known since vSphere API 7.0.1.0 (7.0 U1), the oldest
  // release the library supports; freebsd14_64Guest only came with API 8.0.0.1 (8.0 U1), which
  // a vSphere 8.0 host before Update 1 would refuse
  'freebsd-14': 'freebsd13_64Guest',
};

/** The identifier of each family's guests that the table does not know. */
const FALLBACK_IDS: Record<GuestOsFamily, string> = {
  [GuestOsFamily.LINUX]: 'otherLinux64Guest',
  [GuestOsFamily.WINDOWS]: 'windows9Server64Guest',
  // "Other (64-bit)": not a Linux, so vSphere offers no Linux guest customization for it
  [GuestOsFamily.OTHER]: 'otherGuest64',
};

/** The vSphere guest identifier of a guest OS. */
export function vsphereGuestId(os: GuestOs): string {
  return GUEST_IDS[os.key] ?? FALLBACK_IDS[os.family];
}
