import { Disk, Drive, GuestInit, Image, Size, Storage } from '../../src';
import { newStack, synth } from '../util';
import { designError, hvTarget, hvVm, oneVm } from './hyperv-everyday-helpers';

/*
 * The hyperv provider deletes a `hyperv_vhd` with every file of its folder whose name starts with
 * the VHD's name without extension. A design where a VHD Terraform may destroy shares its folder
 * with such a file is refused, naming both and the way out.
 */

const gib = Size.gibibytes(1);

describe('Hyper-V refuses a VHD whose deletion would remove another file of its folder', () => {
  test('a data disk that may be destroyed, and another whose name starts with its name', () => {
    const error = designError(() => oneVm({
      disks: [Disk.data(gib, { name: 'data', slot: 1, allowDestroy: true }), Disk.data(gib, { name: 'data2', slot: 2 })],
    }));
    expect(error.constructPath).toBe('test/web1');
    expect(error.message).toMatch(/Destroying data disk "data" of VM web1 \(data\.vhdx\) would also delete data disk "data2" of VM web1 \(data2\.vhdx\)/);
    expect(error.message).toMatch(/removes every file of its folder whose name starts with the VHD's name without extension \("data"/);
    expect(error.value).toBe('C:\\Hyper-V\\web1\\data.vhdx, C:\\Hyper-V\\web1\\data2.vhdx');
    expect(error.fix).toMatch(/^rename disk "data" or disk "data2" so that neither name starts with the other .*leave allowDestroy out for disk "data"/);
  });

  test('in either order of the disks, ignoring case and dashes', () => {
    const error = designError(() => oneVm({
      disks: [Disk.data(gib, { name: 'Data-2', slot: 1 }), Disk.data(gib, { name: 'data', slot: 2, allowDestroy: true })],
    }));
    expect(error.message).toMatch(/Destroying data disk "data" .* would also delete data disk "Data-2"/);
  });

  test('the OS disk, which Terraform replaces with its image, and a data disk named os-...: however protected', () => {
    const error = designError(() => oneVm({ disks: [Disk.data(gib, { name: 'os-logs' })] }));
    expect(error.message).toMatch(/Destroying the OS disk of VM web1 \(os\.vhdx\) would also delete data disk "os-logs" of VM web1 \(os-logs\.vhdx\)/);
    expect(error.fix).toMatch(/^rename disk "os-logs" so that its name does not start with "os"/);
  });

  test('a data disk whose name begins the OS disk\'s or the cloud-init ISO\'s', () => {
    const os = designError(() => oneVm({ disks: [Disk.data(gib, { name: 'o', allowDestroy: true })] }));
    expect(os.message).toMatch(/Destroying data disk "o" of VM web1 \(o\.vhdx\) would also delete the OS disk of VM web1 \(os\.vhdx\)/);
    expect(os.fix).toMatch(/^rename disk "o" so that "os" does not start with its name .*leave allowDestroy out for it/);
    const iso = designError(() => oneVm({
      disks: [Disk.data(gib, { name: 'ci', allowDestroy: true })], guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }),
    }));
    expect(iso.message).toMatch(/Destroying data disk "ci" of VM web1 \(ci\.vhdx\) would also delete the cloud-init ISO of VM web1 \(cidata\.iso\)/);
  });

  test('disks in one folder through their storage, and the VM\'s folder on another', () => {
    const error = designError(() => oneVm({
      disks: [
        Disk.data(gib, { name: 'log', slot: 1, allowDestroy: true, storage: Storage.named('fast') }),
        Disk.data(gib, { name: 'logs', slot: 2, storage: Storage.named('fast') }),
      ],
    }, { storageLocations: { fast: 'F:\\Fast' } }));
    expect(error.value).toBe('F:\\Fast\\web1\\log.vhdx, F:\\Fast\\web1\\logs.vhdx');
  });

  test('a VM\'s folder that holds a parent image whose name starts with "os"', () => {
    const stack = newStack();
    const target = hvTarget(stack, { vmDirectory: 'D:\\Hyper-V', imageDirectory: 'D:\\Hyper-V\\base' });
    hvVm(stack, target, 'base', { image: Image.template('os-2024') });
    const error = designError(() => synth(stack));
    expect(error.message).toMatch(/Destroying the OS disk of VM base \(os\.vhdx\) would also delete the parent VHDX of image "os-2024" \(os-2024\.vhdx, of test\/target\)/);
    expect(error.fix).toMatch(/keep the VMs' folders apart from the images'/);
  });

  test('an image download in a VM\'s folder', () => {
    const stack = newStack();
    const target = hvTarget(stack, { vmDirectory: 'D:\\VMs', imageDirectory: 'D:\\VMs' });
    hvVm(stack, target, 'noble', { image: Image.fromUrl('https://images.example.com/os.vhdx', { name: 'noble' }) });
    const error = designError(() => synth(stack));
    expect(error.message).toMatch(/the download of image "noble" \(os\.vhdx, of test\/target\)/);
    expect(error.message).toMatch(/the OS disk of VM noble \(os\.vhdx\)/);
  });

  test('an image download beside an ISO whose name starts with the image\'s file: the ISO folder is the image folder by default', () => {
    const stack = newStack();
    const target = hvTarget(stack);
    hvVm(stack, target, 'web1', {
      image: Image.fromUrl('https://images.example.com/ubuntu.vhdx'), drives: [Drive.iso('ubuntu/ubuntu-24.04-live.iso')],
    });
    const error = designError(() => synth(stack));
    expect(error.constructPath).toBe('test/target');
    expect(error.message).toContain('Destroying the download of image "ubuntu" (ubuntu.vhdx) would also delete the ISO file of CD/DVD drive 1 '
      + 'of VM web1 (ubuntu-24.04-live.iso, of test/web1)');
    expect(error.value).toBe('C:\\Hyper-V\\Images\\ubuntu\\ubuntu.vhdx, C:\\Hyper-V\\Images\\ubuntu\\ubuntu-24.04-live.iso');
    expect(error.fix).toMatch(/^give the HypervTarget an isoDirectory of its own, /);
    expect(error.fix).toMatch(/ or keep the ISO file "ubuntu\/ubuntu-24\.04-live\.iso" in another folder below the ISO folder$/);
  });

  test('an ISO in a VM\'s folder, beside its OS disk or a data disk that may be destroyed, in any case', () => {
    const os = designError(() => oneVm({ drives: [Drive.iso('web1/OS-install.iso')] }, { isoDirectory: 'C:\\Hyper-V' }));
    expect(os.constructPath).toBe('test/web1');
    expect(os.message).toContain('Destroying the OS disk of VM web1 (os.vhdx) would also delete the ISO file of CD/DVD drive 1 of VM web1 '
      + '(OS-install.iso)');
    const data = designError(() => oneVm({
      drives: [Drive.empty(), Drive.iso('web1/scratch-tools.iso')], disks: [Disk.data(gib, { name: 'scratch', allowDestroy: true })],
    }, { isoDirectory: 'C:\\Hyper-V\\' }));
    expect(data.message).toMatch(/data disk "scratch" of VM web1 \(scratch\.vhdx\) would also delete the ISO file of CD\/DVD drive 2 of VM web1/);
    expect(data.fix).toMatch(/; or rename disk "scratch" so that "scratch-tools" does not start with its name$/);
  });

  test('an ISO that is a file the rendering writes: the cloud-init ISO, a protected data disk', () => {
    const cidata = designError(() => oneVm(
      { drives: [Drive.iso('web1/CIDATA.iso')], guestInit: GuestInit.hostname('web1') }, { isoDirectory: 'C:\\Hyper-V' },
    ));
    expect(cidata.constructPath).toBe('test/web1');
    expect(cidata.message).toMatch(/^\[test\/web1\] The cloud-init ISO of VM web1 and the ISO file of CD\/DVD drive 1 of VM web1 are one file: /);
    expect(cidata.value).toBe('C:\\Hyper-V\\web1\\CIDATA.iso, C:\\Hyper-V\\web1\\cidata.iso');
    expect(cidata.fix).toMatch(/^keep the ISO file "web1\/CIDATA\.iso" in another folder below the ISO folder/);
    const disk = designError(() => oneVm(
      { drives: [Drive.iso('data.vhdx')], disks: [Disk.data(gib, { name: 'data' })] }, { isoDirectory: 'C:\\Hyper-V\\web1' },
    ));
    expect(disk.message).toContain('Data disk "data" of VM web1 and the ISO file of CD/DVD drive 1 of VM web1 are one file: '
      + 'C:\\Hyper-V\\web1\\data.vhdx');
  });
});

describe('Hyper-V keeps designs whose VHDs take nothing along', () => {
  test('ISOs beside an image download and a VM\'s disks whose names do not start with theirs, and one ISO shared by two VMs', () => {
    const stack = newStack();
    const target = hvTarget(stack, { isoDirectory: 'C:\\Hyper-V' });
    const image = Image.fromUrl('https://images.example.com/ubuntu.vhdx');
    const drives = [Drive.iso('Images/ubuntu/live-ubuntu.iso'), Drive.iso('web1/tools.iso')];
    hvVm(stack, target, 'web1', { image, drives, disks: [Disk.data(gib, { name: 'data', allowDestroy: true })] });
    hvVm(stack, target, 'web2', { image, drives });
    const out = synth(stack);
    expect(out.resource.hyperv_vhd.target_image_ubuntu_hv1.path).toBe('C:\\Hyper-V\\Images\\ubuntu\\ubuntu.vhdx');
    expect(out.resource.hyperv_machine_instance.web2.dvd_drives.map((d: any) => d.path))
      .toEqual(['C:\\Hyper-V\\web1\\tools.iso', 'C:\\Hyper-V\\Images\\ubuntu\\live-ubuntu.iso']);
  });

  test('protected disks, names no other starts with, separate folders, and one image on two hosts', () => {
    const stack = newStack();
    const target = hvTarget(stack, { storageLocations: { fast: 'F:\\Fast' } });
    const image = Image.fromUrl('https://images.example.com/noble-server.vhdx');
    hvVm(stack, target, 'web1', {
      image,
      disks: [
        // protected: Terraform never deletes them
        Disk.data(gib, { name: 'data', slot: 1 }),
        Disk.data(gib, { name: 'data2', slot: 2 }),
        // deletable, and no other file's name starts with theirs
        Disk.data(gib, { name: 'data3', slot: 3, allowDestroy: true }),
        Disk.data(gib, { name: 'scratch', slot: 4, allowDestroy: true }),
        // in another folder
        Disk.data(gib, { name: 'd', slot: 5, allowDestroy: true, storage: Storage.named('fast') }),
      ],
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }),
    });
    hvVm(stack, target, 'web2', { host: 'hv2', image, disks: [Disk.data(gib, { name: 'data', allowDestroy: true })] });
    const out = synth(stack);
    expect(Object.keys(out.resource.hyperv_vhd).sort()).toEqual([
      'target_image_noble-server_hv1', 'target_image_noble-server_hv2', 'web1_d', 'web1_data', 'web1_data2', 'web1_data3', 'web1_os', 'web1_scratch',
      'web2_data', 'web2_os',
    ]);
    expect(out.resource.hyperv_vhd.web1_data3).not.toHaveProperty('lifecycle');
    expect(out.resource.hyperv_vhd.web1_d.path).toBe('F:\\Fast\\web1\\d.vhdx');
    expect(out.resource.hyperv_vhd.web2_data.path).toBe('C:\\Hyper-V\\web2\\data.vhdx');
  });
});
