import * as fs from 'fs';
import { DOCS_PAGE, README, capabilityMatrix, docsPage, readmeWithMatrix } from '../projenrc/capability-matrix';
import { Feature } from '../src';

describe('capability matrix', () => {
  test('the README holds the matrix the targets declare', () => {
    const readme = fs.readFileSync(README, 'utf8');
    expect({ upToDate: readmeWithMatrix(readme) === readme, fix: 'run `npx projen docs:matrix`' })
      .toEqual({ upToDate: true, fix: 'run `npx projen docs:matrix`' });
  });

  test('the docs page holds the matrix the targets declare', () => {
    expect({ upToDate: fs.existsSync(DOCS_PAGE) && fs.readFileSync(DOCS_PAGE, 'utf8') === docsPage(), fix: 'run `npx projen docs:matrix`' })
      .toEqual({ upToDate: true, fix: 'run `npx projen docs:matrix`' });
  });

  test('has a row per feature and a column per vendor', () => {
    const rows = capabilityMatrix().split('\n');
    expect(rows[0]).toBe(
      '| Feature | vsphere (vmware/vsphere 2.15.0) | hyperv (taliesins/hyperv 1.2.1) | libvirt (dmacvicar/libvirt 0.9.7) | proxmox (bpg/proxmox 0.111.1) |',
    );
    // the Proxmox VE cell of the row follows what its target renders so far
    const pci = rows.find((r) => r.startsWith('| PCI passthrough |'))!;
    const others = '| PCI passthrough | native: `pci_device_id` (the VM names its host) | **no**: the provider has no device assignment (DDA) '
      + '(instead: run the VM on vSphere or libvirt, or assign the device with Add-VMAssignableDevice outside Terraform) '
      + '| native: `devices.hostdevs` (managed PCI) | ';
    expect(pci.slice(0, others.length)).toBe(others);
    expect(pci.slice(others.length)).toMatch(/^(native|\*\*no\*\*): [^|]+ \|$/);
    expect(rows.length).toBe(2 + Object.values(Feature).length);
  });
});
