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
};

/** The vSphere guest identifier of a guest OS. */
export function vsphereGuestId(os: GuestOs): string {
  return GUEST_IDS[os.key] ?? (os.family === GuestOsFamily.WINDOWS ? 'windows9Server64Guest' : 'otherLinux64Guest');
}
