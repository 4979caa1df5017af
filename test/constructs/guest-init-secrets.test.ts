import { TerraformStack, TerraformVariable } from 'cdktf';
import { GuestInit, GuestOs, Image, Nic, Size, Target, VirtualMachine, VirtualNetwork } from '../../src';
import { DesignError } from '../../src/model/errors';
import { hypervTarget, libvirtTarget, newStack, only, synth, vsphereTarget, webDesign } from '../util';

const USER_DATA = '#cloud-config\nusers:\n  - name: ops\n    passwd: $6$rounds=4096$hunter2\nchpasswd:\n  list: |\n    root:hunter2\n';
const SECRET = 'hunter2';
const IMAGE = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

const targets: Array<[string, (stack: TerraformStack) => Target]> = [
  ['vSphere', vsphereTarget], ['Hyper-V', (s) => hypervTarget(s)], ['libvirt', (s) => libvirtTarget(s)],
];

/** The error a design throws when it is built and synthesized. */
function errorOf(build: () => TerraformStack): DesignError {
  try {
    synth(build());
  } catch (e) {
    expect(DesignError.isDesignError(e)).toBe(true);
    return e as DesignError;
  }
  throw new Error('expected a DesignError');
}

/** VM web1 on the target, with the guest initialisation `init` makes in its stack. */
function withInit(makeTarget: (stack: TerraformStack) => Target, init: (stack: TerraformStack) => GuestInit): TerraformStack {
  const stack = newStack();
  const target = makeTarget(stack);
  const net = new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
  new VirtualMachine(stack, 'web1', {
    target,
    cpus: 2,
    memory: Size.gibibytes(4),
    image: IMAGE,
    guestOs: GuestOs.UBUNTU_24_04,
    nics: [Nic.on(net)],
    guestInit: init(stack),
  });
  return stack;
}

/** A sensitive variable's value, as a token. */
const sensitive = (stack: TerraformStack, id: string) => new TerraformVariable(stack, id, { type: 'string', sensitive: true }).stringValue;

describe('cloud-init data holding secrets', () => {
  test.each(targets)('fails on %s when the user data holds passwords, naming lines and keys but not the values', (_, target) => {
    // GIVEN user data with a passwd and a chpasswd list
    const err = errorOf(() => webDesign(target, { guestInit: GuestInit.cloudInit({ userData: USER_DATA }) }));
    // THEN it is refused, naming where, and the way out
    expect(err.message).toMatch(/^\[test\/web1\] The cloud-init user data holds secrets, which would be written into .*: line 4, key "passwd"; line 6, key "chpasswd.list"\./);
    expect(err.message).toMatch(/allowSecretsInOutput: true/);
    expect(err.message).not.toContain(SECRET);
    expect(err.value).toBeUndefined();
  });

  test('fails on Hyper-V saying plainly that it cannot keep user data out of the output', () => {
    const err = errorOf(() => webDesign((s) => hypervTarget(s), { guestInit: GuestInit.cloudInit({ userData: USER_DATA }) }));
    expect(err.message).toMatch(/written into the cidata ISO, which is built at synth/);
    expect(err.fix).toMatch(/^Hyper-V cannot keep cloud-init data out of the output/);
  });

  test.each([['vSphere', vsphereTarget], ['libvirt', (s: TerraformStack) => libvirtTarget(s)]] as const)(
    'fails on %s pointing at a sensitive variable as the way out', (_, target) => {
      const err = errorOf(() => webDesign(target, { guestInit: GuestInit.cloudInit({ userData: USER_DATA }) }));
      expect(err.fix).toMatch(/^give userData as a token resolved at apply, e\.g\. userData: new TerraformVariable\(stack, 'web_user_data', \{ type: 'string', sensitive: true \}\)\.stringValue/);
    });

  test('fails when the network config holds a Wi-Fi password', () => {
    const networkConfig = 'version: 2\nwifis:\n  wlan0:\n    access-points:\n      home:\n        password: hunter2\n';
    const err = errorOf(() => webDesign((s) => libvirtTarget(s), { guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}', networkConfig }) }));
    expect(err.message).toMatch(/The cloud-init network config holds secrets, .*: line 6, key "password"\./);
    expect(err.fix).toMatch(/give networkConfig as a token/);
    expect(err.message).not.toContain(SECRET);
  });

  test('fails when the user data holds a private key', () => {
    const userData = '#cloud-config\nwrite_files:\n  - path: /root/.ssh/id_ed25519\n    content: |\n      -----BEGIN OPENSSH PRIVATE KEY-----\n      b3BlbnNzaC1rZXk\n';
    const err = errorOf(() => webDesign(vsphereTarget, { guestInit: GuestInit.cloudInit({ userData }) }));
    expect(err.message).toMatch(/line 5, a private key \(BEGIN OPENSSH PRIVATE KEY\)/);
    expect(err.message).not.toContain('b3BlbnNzaC1rZXk');
  });

  test.each(targets)('writes secrets on %s when the design accepts them explicitly', (vendor, target) => {
    // GIVEN the acknowledgement WHEN synthesized THEN the user data is written as given
    const stack = webDesign(target, { image: IMAGE, guestInit: GuestInit.cloudInit({ userData: USER_DATA, allowSecretsInOutput: true }) });
    const out = synth(stack);
    if (vendor === 'vSphere') {
      const extra = only(out, 'vsphere_virtual_machine').extra_config;
      expect(Buffer.from(extra['guestinfo.userdata'], 'base64').toString()).toBe(USER_DATA);
    } else if (vendor === 'libvirt') {
      expect(only(out, 'libvirt_cloudinit_disk').user_data).toContain('root:hunter2');
    } else {
      expect(only(out, 'hyperv_iso_image')).toBeDefined();
    }
  });
});

describe('cloud-init data given at apply', () => {
  test('vSphere encodes user data from a sensitive variable at apply: the text is not in the output', () => {
    // GIVEN user data that is a sensitive variable's value
    const out = synth(withInit(vsphereTarget, (stack) => GuestInit.cloudInit({ userData: sensitive(stack, 'web_user_data') })));
    // THEN guestinfo.userdata is base64encode of the variable
    const extra = only(out, 'vsphere_virtual_machine').extra_config;
    expect(extra['guestinfo.userdata']).toBe('${base64encode(var.web_user_data)}');
    expect(out.variable.web_user_data.sensitive).toBe(true);
  });

  test('libvirt writes user data from a sensitive variable as a reference', () => {
    const out = synth(withInit((s) => libvirtTarget(s), (stack) =>
      GuestInit.cloudInit({ userData: sensitive(stack, 'web_user_data'), networkConfig: sensitive(stack, 'web_network_config') })));
    const seed = only(out, 'libvirt_cloudinit_disk');
    expect(seed.user_data).toBe('${var.web_user_data}');
    expect(seed.network_config).toBe('${var.web_network_config}');
  });

  test('a token standing for only the password inside the text is accepted: the password is a reference', () => {
    const out = synth(withInit((s) => libvirtTarget(s), (stack) =>
      GuestInit.cloudInit({ userData: `#cloud-config\npassword: ${sensitive(stack, 'root_password')}\n` })));
    expect(only(out, 'libvirt_cloudinit_disk').user_data).toBe('#cloud-config\npassword: ${var.root_password}\n');
  });

  test('vSphere encodes user data with a password token inside at apply', () => {
    const out = synth(withInit(vsphereTarget, (stack) =>
      GuestInit.cloudInit({ userData: `#cloud-config\npassword: ${sensitive(stack, 'root_password')}\n` })));
    const extra = only(out, 'vsphere_virtual_machine').extra_config;
    expect(extra['guestinfo.userdata']).toBe('${base64encode("#cloud-config\\npassword: ${var.root_password}\\n")}');
  });

  test('fails on Hyper-V when the user data is a token, since the ISO is built at synth', () => {
    const err = errorOf(() => withInit((s) => hypervTarget(s), (stack) => GuestInit.cloudInit({ userData: sensitive(stack, 'web_user_data') })));
    expect(err.message).toMatch(/^\[test\/web1\] guestInit\.userData must be known at synth: Hyper-V gets cloud-init data on an ISO that the library builds at synth\./);
    expect(err.value).toBe('${var.web_user_data}');
    expect(err.fix).toMatch(/Hyper-V cannot keep cloud-init data out of the synthesized output/);
  });
});
