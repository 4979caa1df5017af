import { GuestOs } from '../../src';
import { vsphereGuestId } from '../../src/targets/vsphere/guest-ids';

describe('GuestOs', () => {
  test('Windows 11 and Windows Server 2022 and later want a TPM; older Windows and Linux do not', () => {
    const wanting = Object.values(GuestOs).filter((os): os is GuestOs => os instanceof GuestOs && os.wantsTpm);
    expect(wanting.map((os) => os.key).sort()).toEqual(['windows-11', 'windows-server-2022', 'windows-server-2025']);
    expect(GuestOs.WINDOWS_SERVER_2019.wantsTpm).toBe(false);
    expect(GuestOs.UBUNTU_24_04.wantsTpm).toBe(false);
    // the security rule reads vSphere guest IDs: those of these systems must be told apart
    expect(new Set(wanting.map(vsphereGuestId)).size).toBe(3);
  });
});
