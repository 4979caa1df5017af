import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  GuestInit, GuestOs, Image, Nic, Size, VirtualMachine, VirtualMachineProps, VirtualNetwork, WindowsInitOptions,
} from '../../src';
import { designError, libvirtTarget, newStack, synth } from '../util';

/*
 * The cloud-init documents every target writes (here as the libvirt target's cloud-init disk):
 * a network config with a static address on every NIC, and the cloudbase-init documents of a
 * Windows customization.
 */

const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
const MAC1 = '52:54:00:00:00:01';
const MAC2 = '52:54:00:00:00:02';
const MAC3 = '52:54:00:00:00:03';

interface Design {
  readonly stack: TerraformStack;
  readonly net: VirtualNetwork;
}

function design(): Design {
  const stack = newStack();
  const net = new VirtualNetwork(stack, 'app', { target: libvirtTarget(stack), vlanId: 120 });
  return { stack, net };
}

function vm(d: Design, props: Partial<VirtualMachineProps>): VirtualMachine {
  return new VirtualMachine(d.stack, 'vm1', {
    target: d.net.target, cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.UBUNTU_24_04, ...props,
  });
}

/** The cloud-init disk of the design's only VM. */
function seed(d: Design): { user: string; meta: any; network: any; json: string } {
  const out = synth(d.stack);
  const disk = out.resource.libvirt_cloudinit_disk.vm1;
  return {
    user: disk.user_data,
    meta: JSON.parse(disk.meta_data),
    network: disk.network_config && JSON.parse(disk.network_config),
    json: JSON.stringify(out),
  };
}


describe('a static address on every NIC', () => {
  test('a single NIC without a MAC address keeps the document it had: matched by name', () => {
    const d = design();
    vm(d, {
      nics: [Nic.on(d.net)],
      guestInit: GuestInit.hostname('vm1', { ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1', dnsServers: ['10.0.0.2'], domain: 'corp.example' } }),
    });
    expect(synth(d.stack).resource.libvirt_cloudinit_disk.vm1.network_config).toBe(
      '{"version":2,"ethernets":{"primary":{"match":{"name":"e*"},"addresses":["10.0.0.5/24"],"routes":[{"to":"default","via":"10.0.0.1"}],'
      + '"nameservers":{"addresses":["10.0.0.2"],"search":["corp.example"]}}}}',
    );
  });

  test('every NIC gets its entry, found by its MAC address: its static address, or DHCP (cloud-init configures no unlisted NIC)', () => {
    const d = design();
    vm(d, {
      nics: [
        Nic.on(d.net, { macAddress: MAC1 }),
        Nic.on(d.net, { macAddress: MAC2 }),
        Nic.on(d.net, { macAddress: MAC3, ipv4: { address: '10.0.2.5/24', dnsServers: ['10.0.2.1'] } }),
      ],
      guestInit: GuestInit.hostname('vm1', { ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }),
    });
    expect(synth(d.stack).resource.libvirt_cloudinit_disk.vm1.network_config).toBe(JSON.stringify({
      version: 2,
      ethernets: {
        primary: { match: { macaddress: MAC1 }, addresses: ['10.0.0.5/24'], routes: [{ to: 'default', via: '10.0.0.1' }] },
        nic2: { match: { macaddress: MAC2 }, dhcp4: true },
        nic3: { match: { macaddress: MAC3 }, addresses: ['10.0.2.5/24'], nameservers: { addresses: ['10.0.2.1'], search: [] } },
      },
    }));
  });

  test('a first NIC without an address is on DHCP beside a NIC with one', () => {
    const d = design();
    vm(d, {
      nics: [Nic.on(d.net, { macAddress: MAC1 }), Nic.on(d.net, { macAddress: MAC2, ipv4: { address: '10.0.1.5/24', gateway: '10.0.1.1' } })],
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }),
    });
    expect(seed(d).network).toEqual({
      version: 2,
      ethernets: {
        primary: { match: { macaddress: MAC1 }, dhcp4: true },
        nic2: { match: { macaddress: MAC2 }, addresses: ['10.0.1.5/24'], routes: [{ to: 'default', via: '10.0.1.1' }] },
      },
    });
  });

  test('the first NIC takes its address from the NIC as well as from the guest initialisation', () => {
    const d = design();
    vm(d, {
      nics: [Nic.on(d.net, { macAddress: MAC1, ipv4: { address: '10.0.0.5/24' } }), Nic.on(d.net, { macAddress: MAC2, ipv4: { address: '10.0.1.5/24' } })],
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }),
    });
    expect(seed(d).network).toEqual({
      version: 2,
      ethernets: {
        primary: { match: { macaddress: MAC1 }, addresses: ['10.0.0.5/24'] },
        nic2: { match: { macaddress: MAC2 }, addresses: ['10.0.1.5/24'] },
      },
    });
  });

  test('a VM without a static address writes no network config: the image\'s DHCP fallback stays', () => {
    const d = design();
    vm(d, { nics: [Nic.on(d.net), Nic.on(d.net)], guestInit: GuestInit.hostname('vm1') });
    expect(seed(d).network).toBeUndefined();
  });

  test('with more than one NIC, a NIC with an address needs a static MAC address', () => {
    const d = design();
    vm(d, { nics: [Nic.on(d.net, { macAddress: MAC1 }), Nic.on(d.net, { ipv4: { address: '10.0.1.5/24' } })], guestInit: GuestInit.hostname('vm1') });
    const error = designError(() => synth(d.stack));
    expect(error.constructPath).toBe('test/vm1');
    expect(error.problem).toBe('NIC 2 (nics[1]) has a static IPv4 address but no static MAC address, '
      + 'by which the guest tells it from the VM\'s other NICs.');
    expect(error.value).toBe('nics[1]: 10.0.1.5/24');
    expect(error.fix).toBe('give the NIC a macAddress, e.g. Nic.on(network, { macAddress: "00:50:56:00:01:10", ipv4 }) '
      + '(vSphere accepts only 00:50:56:00:00:00 to 00:50:56:3f:ff:ff, which every vendor accepts)');
  });

  test('with more than one NIC and a network config, a NIC on DHCP needs a static MAC address too', () => {
    const d = design();
    vm(d, {
      nics: [Nic.on(d.net, { macAddress: MAC1 }), Nic.on(d.net, { macAddress: MAC2 }), Nic.on(d.net)],
      guestInit: GuestInit.hostname('vm1', { ipv4: { address: '10.0.0.5/24' } }),
    });
    const error = designError(() => synth(d.stack));
    expect(error.constructPath).toBe('test/vm1');
    expect(error.problem).toMatch(/^NIC 3 \(nics\[2\]\) has no static MAC address, by which the VM's network config .* lists it for DHCP/);
    expect(error.problem).toContain('cloud-init leaves the NICs a network config does not list unconfigured');
    expect(error.value).toBe('nics[2]: DHCP');
    expect(error.fix).toBe('give the NIC a macAddress, e.g. Nic.on(network, { macAddress: "00:50:56:00:01:10" }) '
      + '(vSphere accepts only 00:50:56:00:00:00 to 00:50:56:3f:ff:ff, which every vendor accepts)');
  });

  test('the guest initialisation\'s address of a first NIC without MAC among others is refused (it would land on every NIC)', () => {
    const d = design();
    vm(d, { nics: [Nic.on(d.net), Nic.on(d.net)], guestInit: GuestInit.hostname('vm1', { ipv4: { address: '10.0.0.5/24' } }) });
    const error = designError(() => synth(d.stack));
    expect(error.problem).toMatch(/^NIC 1 \(nics\[0\]\) has a static IPv4 address but no static MAC address/);
    expect(error.value).toBe('nics[0]: 10.0.0.5/24');
  });

  test('a static address on a VM without a NIC is refused by the design: there is no NIC to put it on', () => {
    const d = design();
    const error = designError(() => vm(d, { nics: [], guestInit: GuestInit.hostname('vm1', { ipv4: { address: '10.0.0.5/24' } }) }));
    expect(error.problem).toBe('The guest initialisation gives the first NIC a static IPv4 address, but the VM has no NIC to put it on.');
    expect(error.value).toBe('ipv4: 10.0.0.5/24');
  });

  test('the FQDN takes the domain of the first NIC\'s address, from the guest initialisation or from the NIC', () => {
    const userData = (props: (net: VirtualNetwork) => Partial<VirtualMachineProps>) => {
      const d = design();
      vm(d, props(d.net));
      return seed(d).user;
    };
    const corp = { address: '10.0.0.5/24', domain: 'corp.example' };
    expect(userData((net) => ({ nics: [Nic.on(net)], guestInit: GuestInit.hostname('vm1', { ipv4: corp }) })))
      .toBe('#cloud-config\n{"hostname":"vm1","fqdn":"vm1.corp.example","manage_etc_hosts":true}');
    const nic = { address: '10.0.0.5/24', domain: 'nic.example' };
    expect(userData((net) => ({ nics: [Nic.on(net, { ipv4: nic })], guestInit: GuestInit.hostname('vm1') })))
      .toBe('#cloud-config\n{"hostname":"vm1","fqdn":"vm1.nic.example","manage_etc_hosts":true}');
    // only the first NIC's domain names the host
    expect(userData((net) => ({
      nics: [Nic.on(net, { macAddress: MAC1 }), Nic.on(net, { macAddress: MAC2, ipv4: { address: '10.0.1.5/24', domain: 'second.example' } })],
      guestInit: GuestInit.hostname('vm1'),
    }))).toBe('#cloud-config\n{"hostname":"vm1","manage_etc_hosts":true}');
  });

  test('more than one default gateway is refused by the design, naming both', () => {
    const d = design();
    expect(() => vm(d, {
      nics: [
        Nic.on(d.net, { macAddress: MAC1, ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }),
        Nic.on(d.net, { macAddress: MAC2, ipv4: { address: '10.0.1.5/24', gateway: '10.0.1.1' } }),
      ],
      guestInit: GuestInit.hostname('vm1'),
    })).toThrow(/More than one NIC has a gateway[\s\S]*nics\[0\]: 10.0.0.1, nics\[1\]: 10.0.1.1/);
  });
});

describe('Windows customization for cloudbase-init', () => {
  const secret = (stack: TerraformStack, id: string) => new TerraformVariable(stack, id, { type: 'string', sensitive: true }).stringValue;

  function windowsVm(d: Design, options: (stack: TerraformStack) => WindowsInitOptions, props: Partial<VirtualMachineProps> = {}) {
    return vm(d, {
      guestOs: GuestOs.WINDOWS_SERVER_2022, nics: [Nic.on(d.net, { macAddress: MAC1 })], guestInit: GuestInit.windows(options(d.stack)), ...props,
    });
  }

  /** The user data as cloudbase-init reads it (JSON is YAML), and the script it writes. */
  function cloudConfig(user: string): { config: any; script: string } {
    expect(user.startsWith('#cloud-config\n')).toBe(true);
    const config = JSON.parse(user.slice('#cloud-config\n'.length));
    const script = Buffer.from(config.write_files[0].content, 'base64').toString('utf8');
    return { config, script };
  }

  test('names the computer in the meta data, writes the script and each password as base64 files, and runs the script', () => {
    const d = design();
    windowsVm(d, (stack) => ({
      computerName: 'WEB-01',
      adminPassword: secret(stack, 'admin'),
      timeZone: 'W. Europe Standard Time',
      domainJoin: { domain: 'corp.example.com', user: 'svc-join@corp.example.com', password: secret(stack, 'join'), organizationalUnit: 'OU=Web,DC=corp' },
    }));
    const { user, meta } = seed(d);
    expect(meta).toEqual({ 'instance-id': 'vm1', 'local-hostname': 'WEB-01' });
    const { config, script } = cloudConfig(user);
    expect(Object.keys(config)).toEqual(['write_files', 'runcmd']);
    expect(config.write_files.map((f: any) => [f.path, f.encoding])).toEqual([
      ['C:\\Windows\\Temp\\cdktf-hypervisor-init.ps1', 'b64'],
      ['C:\\Windows\\Temp\\cdktf-hypervisor-admin-password', 'b64'],
      ['C:\\Windows\\Temp\\cdktf-hypervisor-join-password', 'b64'],
    ]);
    // passwords stay Terraform references, encoded at apply
    expect(config.write_files[1].content).toBe('${base64encode(var.admin)}');
    expect(config.write_files[2].content).toBe('${base64encode(var.join)}');
    expect(config.runcmd).toEqual(['powershell.exe -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -File C:\\Windows\\Temp\\cdktf-hypervisor-init.ps1']);
    // a byte order mark, so that Windows PowerShell reads the script as UTF-8
    expect(script.charCodeAt(0)).toBe(0xfeff);
    // named from the meta data before the user data runs; if not, renamed, restarted and run again
    expect(script).toContain("  if ($env:COMPUTERNAME -ne 'WEB-01') {\r\n    Rename-Computer -NewName 'WEB-01' -Force\r\n    exit 1001\r\n  }");
    expect(script).toContain("  Set-TimeZone -Id 'W. Europe Standard Time'");
    expect(script).toContain("  $password = ConvertTo-SecureString (Read-Secret 'C:\\Windows\\Temp\\cdktf-hypervisor-admin-password') -AsPlainText -Force");
    expect(script).toContain('  $administrator | Set-LocalUser -Password $password');
    expect(script).toContain("    $credential = New-Object System.Management.Automation.PSCredential('svc-join@corp.example.com', $password)");
    expect(script).toContain("    Add-Computer -DomainName 'corp.example.com' -Credential $credential -OUPath 'OU=Web,DC=corp' -Force");
    // each password file is deleted once read, and all of them when the script ends
    expect(script).toContain('  finally { Remove-Item -LiteralPath $Path -Force -ErrorAction SilentlyContinue }');
    expect(script).toMatch(/\} finally \{\r\n {2}foreach \(\$secret in \$secrets\) \{ Remove-Item/);
    expect(script).toContain('if ($reboot) { exit 1001 }');
  });

  test('a workgroup is joined by name; no password, no password file', () => {
    const d = design();
    windowsVm(d, () => ({ workgroup: 'LAB' }));
    const { config, script } = cloudConfig(seed(d).user);
    expect(config.write_files).toHaveLength(1);
    expect(script).toContain("  if ((Get-CimInstance Win32_ComputerSystem).Workgroup -ne 'LAB') {");
    expect(script).toContain("    Add-Computer -WorkgroupName 'LAB' -Force");
    expect(script).not.toContain('Set-LocalUser');
    expect(script).not.toContain('Set-TimeZone');
    // the computer name defaults to the VM's
    expect(script).toContain("-ne 'vm1'");
  });

  test('hostile text in the join account and OU stays single-quoted PowerShell inside base64', () => {
    const d = design();
    const user = "o'brien\u2019s ${var.x} %{if} $(Remove-Item C:\\ -Recurse) \"q\" <x>";
    const ou = "OU=B\u00fcro';Stop-Computer;'${x},DC=corp";
    windowsVm(d, (stack) => ({ domainJoin: { domain: 'corp.example.com', user, password: secret(stack, 'join'), organizationalUnit: ou } }));
    const { user: userData, json } = seed(d);
    const { script } = cloudConfig(userData);
    expect(script).toContain("PSCredential('o''brien\u2019\u2019s ${var.x} %{if} $(Remove-Item C:\\ -Recurse) \"q\" <x>', $password)");
    expect(script).toContain("-OUPath 'OU=B\u00fcro'';Stop-Computer;''${x},DC=corp'");
    // nothing of it reaches the configuration as text: no expression, no code
    expect(json).not.toContain('Remove-Item C:');
    expect(json).not.toContain('${var.x}');
    expect(json).not.toContain('Stop-Computer');
  });

  test('a literal password is refused without showing it', () => {
    const d = design();
    const error = designError(() => windowsVm(d, () => ({ adminPassword: 'Hunter2-literal' })));
    expect(error.message).toContain('Administrator password is a literal');
    expect(error.message).not.toContain('Hunter2-literal');
  });

  test('a password with text around the variable is refused: the text would be written into the output', () => {
    expect(() => windowsVm(design(), (stack) => ({ adminPassword: `pre"fix-${secret(stack, 'admin')}` })))
      .toThrow(/The Administrator password holds text beside a token/);
  });

  test('line breaks and direction overrides in the join account are refused', () => {
    expect(() => windowsVm(design(), (stack) => ({ domainJoin: { domain: 'c.example', user: 'a\nb', password: secret(stack, 'j') } })))
      .toThrow(/domain join user is empty, too long or holds control characters/);
    const d = design();
    windowsVm(d, (stack) => ({ domainJoin: { domain: 'c.example', user: 'a\u202eb', password: secret(stack, 'j') } }));
    expect(designError(() => synth(d.stack)).message).toContain('U+202E');
  });

  test('a static address needs the NIC\'s MAC address: cloudbase-init finds adapters by it', () => {
    const d = design();
    windowsVm(d, () => ({ ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }), { nics: [Nic.on(d.net)] });
    const error = designError(() => synth(d.stack));
    expect(error.message).toContain('cloudbase-init finds the adapter');
    expect(error.message).toContain('NIC 1 (nics[0])');
  });

  test('a static address with the MAC address is the network config', () => {
    const d = design();
    windowsVm(d, () => ({ ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1', domain: 'corp.example.com' } }));
    expect(seed(d).network.ethernets).toEqual({
      primary: {
        match: { macaddress: MAC1 },
        addresses: ['10.0.0.5/24'],
        routes: [{ to: 'default', via: '10.0.0.1' }],
        nameservers: { addresses: [], search: ['corp.example.com'] },
      },
    });
  });

  test('the other NICs stay out of the network config: cloudbase-init leaves unlisted adapters on DHCP, so they need no MAC address', () => {
    const d = design();
    windowsVm(d, () => ({ ipv4: { address: '10.0.0.5/24' } }), { nics: [Nic.on(d.net, { macAddress: MAC1 }), Nic.on(d.net)] });
    expect(synth(d.stack).resource.libvirt_cloudinit_disk.vm1.network_config)
      .toBe(`{"version":2,"ethernets":{"primary":{"match":{"macaddress":"${MAC1}"},"addresses":["10.0.0.5/24"]}}}`);
  });

  test('a static address of a Windows VM without a NIC is refused: there is no NIC to put it on', () => {
    const d = design();
    const error = designError(() => windowsVm(d, () => ({ ipv4: { address: '10.0.0.5/24' } }), { nics: [] }));
    expect(error.constructPath).toBe('test/vm1');
    expect(error.problem).toBe('The guest initialisation gives the first NIC a static IPv4 address, but the VM has no NIC to put it on.');
    expect(error.fix).toBe('give the VM a NIC (nics: [Nic.on(network)]), or leave ipv4 out of the guest initialisation');
  });

  test('the same design gives the same documents', () => {
    const make = () => {
      const d = design();
      windowsVm(d, (stack) => ({ adminPassword: secret(stack, 'admin'), timeZone: 'UTC' }));
      return seed(d).json;
    };
    expect(make()).toBe(make());
  });
});
