import { TerraformOutput, TerraformStack } from 'cdktf';
import {
  DesignError, Feature, HaCluster, Image, NetworkConnectivity, Nic, ProxmoxTarget, Size, Support, TrafficRole, VirtualMachine, VirtualNetwork,
} from '../../src';
import { vnetId } from '../../src/targets/proxmox/networks';
import { designError, newStack, synth } from '../util';

/*
 * Proxmox VE networks (SDN vnets of the target's VLAN zone, the bridge itself, existing bridges)
 * and live migration (cluster options, the nodes' migration VLAN interfaces).
 */

const gib = Size.gibibytes;

function kit(props: { bridge?: string; zone?: string } = {}) {
  const stack = newStack();
  const target = new ProxmoxTarget(stack, 'pve', {
    endpoint: 'https://pve1.example.com:8006/',
    nodes: ['pve1', 'pve2', 'pve3'],
    ...props,
  });
  return { stack, target };
}

function vm(stack: TerraformStack, id: string, target: ProxmoxTarget, networks: VirtualNetwork[], ha?: HaCluster): VirtualMachine {
  return new VirtualMachine(stack, id, {
    ...(ha ? { cluster: ha } : { target, host: 'pve1' }),
    cpus: 2,
    memory: gib(4),
    image: Image.template('ubuntu'),
    nics: networks.map((n) => Nic.on(n)),
  });
}

function nicsOf(out: any, name: string): any[] {
  return out.resource.proxmox_virtual_environment_vm[name].network_device;
}

function migrationNetwork(stack: TerraformStack, target: ProxmoxTarget, props: object = { vlanId: 20 }): VirtualNetwork {
  return new VirtualNetwork(stack, 'migration', { target, role: TrafficRole.LIVE_MIGRATION, ...props });
}

function cluster(stack: TerraformStack, target: ProxmoxTarget, id: string, migration: object | undefined, hosts = ['pve1', 'pve2', 'pve3']): HaCluster {
  return new HaCluster(stack, id, {
    target,
    hosts,
    hostCapacity: { cpuCores: 32, memory: gib(256) },
    acknowledgeNoHostFailover: true,
    ...(migration ? { migration } : {}),
  });
}

describe('networks', () => {
  test('a bridged network with a VLAN: a tagged vnet of the zone on the bridge, applied before the VMs', () => {
    const { stack, target } = kit();
    const app = new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
    vm(stack, 'web1', target, [app]);
    new TerraformOutput(stack, 'app_id', { value: app.id });
    const out = synth(stack);
    expect(out.resource.proxmox_sdn_zone_vlan.pve_zone).toEqual({ provider: 'proxmox', id: 'designs', bridge: 'vmbr0', nodes: ['pve1', 'pve2', 'pve3'] });
    expect(out.resource.proxmox_sdn_vnet.app).toEqual({
      provider: 'proxmox',
      id: 'app',
      zone: '${proxmox_sdn_zone_vlan.pve_zone.id}',
      alias: 'app',
      tag: 120,
    });
    expect(out.resource.proxmox_sdn_applier.pve_sdn.depends_on).toEqual(['proxmox_sdn_zone_vlan.pve_zone', 'proxmox_sdn_vnet.app']);
    const [nic] = nicsOf(out, 'web1');
    expect(nic.bridge).toBe('${proxmox_sdn_vnet.app.id}');
    expect(nic.vlan_id ?? null).toBeNull();
    expect(out.resource.proxmox_virtual_environment_vm.web1.depends_on).toEqual(['proxmox_sdn_applier.pve_sdn']);
    expect(out.output.app_id.value).toBe('${proxmox_sdn_vnet.app.id}');
  });

  test('a bridged network without a VLAN is the bridge itself: NICs untagged, nothing rendered, no id', () => {
    const { stack, target } = kit({ bridge: 'vmbr1' });
    const lan = new VirtualNetwork(stack, 'lan', { target });
    vm(stack, 'web1', target, [lan]);
    const out = synth(stack);
    expect(out.resource.proxmox_sdn_vnet).toBeUndefined();
    expect(out.resource.proxmox_sdn_zone_vlan).toBeUndefined();
    expect(out.resource.proxmox_sdn_applier).toBeUndefined();
    expect(nicsOf(out, 'web1')[0].bridge).toBe('vmbr1');
    expect(out.resource.proxmox_virtual_environment_vm.web1.depends_on).toBeUndefined();
    new TerraformOutput(stack, 'lan_id', { value: lan.id });
    expect(designError(() => synth(stack)).message).toMatch(/renders no resource for this element, so it has no id/);
  });

  test('an isolated network with a VLAN: a tagged vnet without subnet or gateway', () => {
    const { stack, target } = kit();
    const priv = new VirtualNetwork(stack, 'priv', { target, vlanId: 300, connectivity: NetworkConnectivity.ISOLATED });
    vm(stack, 'web1', target, [priv]);
    const out = synth(stack);
    expect(out.resource.proxmox_sdn_vnet.priv).toMatchObject({ id: 'priv', tag: 300 });
    expect(out.resource.proxmox_sdn_subnet).toBeUndefined();
    expect(target.supportOf(Feature.ISOLATED_NETWORK).support).toBe(Support.NATIVE);
  });

  test('an isolated network without a VLAN is refused, with the way out', () => {
    const { stack, target } = kit();
    new VirtualNetwork(stack, 'priv', { target, connectivity: NetworkConnectivity.ISOLATED });
    const e = designError(() => synth(stack));
    expect(e.message).toMatch(/isolated network/);
    expect(e.message).toMatch(/vlanId/);
  });

  test.each([
    [NetworkConnectivity.HOST_ONLY, Feature.HOST_ONLY_NETWORK, 'Host-only networks cannot be rendered for proxmox'],
    [NetworkConnectivity.NAT, Feature.NAT_NETWORK, 'NAT networks cannot be rendered for proxmox'],
  ])('a %s network is refused, naming the feature', (connectivity, feature, named) => {
    const { stack, target } = kit();
    new VirtualNetwork(stack, 'n', { target, connectivity, cidr: '192.168.50.0/24' });
    const e = designError(() => synth(stack));
    expect(e.message).toContain(named);
    expect(target.supportOf(feature).support).toBe(Support.UNSUPPORTED);
  });

  test('an existing network: the bridge of that name, untagged, nothing rendered', () => {
    const { stack, target } = kit();
    const ext = new VirtualNetwork(stack, 'ext', { target, name: 'vmbr2', existing: true });
    vm(stack, 'web1', target, [ext]);
    const out = synth(stack);
    expect(nicsOf(out, 'web1')[0].bridge).toBe('vmbr2');
    expect(out.resource.proxmox_sdn_vnet).toBeUndefined();
    expect(target.supportOf(Feature.EXISTING_NETWORK).support).toBe(Support.NATIVE);
  });

  test.each(['vm"br', 'br${x}', 'brücke', 'a very long bridge name', 'br%{x}'])('an existing network named %j is refused', (name) => {
    const { stack, target } = kit();
    new VirtualNetwork(stack, 'ext', { target, name, existing: true });
    const e = designError(() => synth(stack));
    expect(e.message).toMatch(/no Linux bridge name/);
  });

  test.each(['a"b', 'a${b}', 'Ünicode'])('a created network named %j is refused by the construct', (name) => {
    const { stack, target } = kit();
    expect(() => new VirtualNetwork(stack, 'n', { target, name, vlanId: 10 })).toThrow(DesignError);
  });

  test('a name that is no SDN identifier gets a stable hashed vnet ID and a cleaned alias', () => {
    const { stack, target } = kit();
    new VirtualNetwork(stack, 'n', { target, name: 'backend-net.v2', vlanId: 11 });
    const out = synth(stack);
    const vnet = out.resource.proxmox_sdn_vnet.n;
    expect(vnet.id).toBe(vnetId('backend-net.v2'));
    expect(vnet.id).toMatch(/^n[0-9a-f]{7}$/);
    expect(vnet.alias).toBe('backend-net.v2');
  });

  test('two networks with one VLAN are refused, naming both', () => {
    const { stack, target } = kit();
    new VirtualNetwork(stack, 'a', { target, vlanId: 10 });
    new VirtualNetwork(stack, 'b', { target, vlanId: 10 });
    const e = designError(() => synth(stack));
    expect(e.message).toMatch(/test\/a and test\/b both use VLAN 10/);
  });

  test('two networks with one vnet ID are refused, naming both', () => {
    const { stack, target } = kit();
    const [x, y] = findCollision();
    new VirtualNetwork(stack, 'a', { target, name: x, vlanId: 10 });
    new VirtualNetwork(stack, 'b', { target, name: y, vlanId: 11 });
    const e = designError(() => synth(stack));
    expect(e.message).toContain(`test/a (${JSON.stringify(x)}) and test/b (${JSON.stringify(y)}) would both be the vnet`);
  });

  test.each([
    ['designs', 'zone'],
    ['vmbr0', 'bridge'],
    ['vmbr0v10', 'bridge'],
  ])('a vnet ID %j that is the %s\'s is refused', (name, what) => {
    const { stack, target } = kit();
    new VirtualNetwork(stack, 'n', { target, name, vlanId: 12 });
    const e = designError(() => synth(stack));
    expect(e.message).toContain(what === 'zone' ? 'the ID of the target\'s SDN zone' : 'an interface name of the target\'s bridge');
  });
});

describe('migration', () => {
  test('the migration subnet as cluster options, secure; the migration network a vnet like any', () => {
    const { stack, target } = kit();
    const mig = migrationNetwork(stack, target);
    const c = cluster(stack, target, 'c1', { network: mig, subnet: '10.0.20.0/24' });
    vm(stack, 'web1', target, [], c);
    const out = synth(stack);
    expect(out.resource.proxmox_cluster_options.pve_cluster_options).toEqual({
      provider: 'proxmox',
      migration_cidr: '10.0.20.0/24',
      migration_type: 'secure',
    });
    expect(out.resource.proxmox_sdn_vnet.migration).toMatchObject({ tag: 20 });
    expect(out.resource.proxmox_network_linux_vlan).toBeUndefined();
    expect(target.supportOf(Feature.MIGRATION_NETWORK).support).toBe(Support.NATIVE);
  });

  test('a subnet given by an address inside it is written as its network', () => {
    const { stack, target } = kit();
    cluster(stack, target, 'c1', { network: migrationNetwork(stack, target), subnet: '10.0.21.7/23' });
    expect(synth(stack).resource.proxmox_cluster_options.pve_cluster_options.migration_cidr).toBe('10.0.20.0/23');
  });

  test('a migration network without subnet or addresses is refused, with the way out', () => {
    const { stack, target } = kit();
    cluster(stack, target, 'c1', { network: migrationNetwork(stack, target) });
    const e = designError(() => synth(stack));
    expect(e.message).toMatch(/neither migration.subnet nor/);
    expect(e.message).toMatch(/give migration.subnet/);
  });

  test('one cluster options for two clusters with the same settings; different settings refused, naming both', () => {
    const same = kit();
    const mig = migrationNetwork(same.stack, same.target);
    cluster(same.stack, same.target, 'c1', { network: mig, subnet: '10.0.20.0/24' });
    cluster(same.stack, same.target, 'c2', { network: mig, subnet: '10.0.20.0/24' });
    expect(Object.keys(synth(same.stack).resource.proxmox_cluster_options)).toEqual(['pve_cluster_options']);

    const other = kit();
    const mig2 = migrationNetwork(other.stack, other.target);
    cluster(other.stack, other.target, 'c1', { network: mig2, subnet: '10.0.20.0/24' });
    cluster(other.stack, other.target, 'c2', { network: mig2, subnet: '10.0.30.0/24' });
    const e = designError(() => synth(other.stack));
    expect(e.message).toMatch(/Clusters test\/c1 and test\/c2 give different migration settings/);
  });

  test('a subnet without a migration network still restricts migration to it', () => {
    const { stack, target } = kit();
    cluster(stack, target, 'c1', { subnet: '10.0.40.0/24' });
    expect(synth(stack).resource.proxmox_cluster_options.pve_cluster_options.migration_cidr).toBe('10.0.40.0/24');
  });

  test('no cluster options for a cluster without migration settings', () => {
    const { stack, target } = kit();
    cluster(stack, target, 'c1', undefined);
    expect(synth(stack).resource?.proxmox_cluster_options).toBeUndefined();
  });

  test('the nodes\' addresses: a VLAN interface <bridge>.<vlan> per node, no vnet for the migration network, the subnet from them', () => {
    const { stack, target } = kit();
    const mig = migrationNetwork(stack, target);
    cluster(stack, target, 'c1', { network: mig, hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' } });
    const out = synth(stack);
    expect(out.resource.proxmox_network_linux_vlan.c1_migration_pve1).toEqual({
      provider: 'proxmox',
      node_name: 'pve1',
      name: 'vmbr0.20',
      address: '10.0.20.11/24',
    });
    expect(out.resource.proxmox_network_linux_vlan.c1_migration_pve2).toMatchObject({ node_name: 'pve2', address: '10.0.20.12/24' });
    expect(out.resource.proxmox_cluster_options.pve_cluster_options.migration_cidr).toBe('10.0.20.0/24');
    expect(out.resource.proxmox_sdn_vnet).toBeUndefined();
    expect(out.resource.proxmox_network_linux_vlan.c1_migration_pve1).not.toHaveProperty('depends_on');
    expect(target.supportOf(Feature.MIGRATION_HOST_ADDRESSES).support).toBe(Support.NATIVE);
  });

  test('with vnets, the interfaces wait for the SDN applier: a node reloads one network configuration at a time', () => {
    const { stack, target } = kit();
    new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
    cluster(stack, target, 'c1', { network: migrationNetwork(stack, target), hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' } });
    const out = synth(stack);
    expect(out.resource.proxmox_network_linux_vlan.c1_migration_pve2.depends_on).toEqual(['proxmox_sdn_applier.pve_sdn']);
  });

  test('a node in two clusters gets one interface; different addresses for it are refused', () => {
    const ok = kit();
    const mig = migrationNetwork(ok.stack, ok.target);
    const addresses = { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' };
    cluster(ok.stack, ok.target, 'c1', { network: mig, subnet: '10.0.20.0/24', hostAddresses: addresses });
    cluster(ok.stack, ok.target, 'c2', { network: mig, subnet: '10.0.20.0/24', hostAddresses: addresses });
    expect(Object.keys(synth(ok.stack).resource.proxmox_network_linux_vlan).sort()).toEqual(['c1_migration_pve1', 'c1_migration_pve2', 'c1_migration_pve3']);

    const bad = kit();
    const mig2 = migrationNetwork(bad.stack, bad.target);
    cluster(bad.stack, bad.target, 'c1', { network: mig2, subnet: '10.0.20.0/24', hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' } });
    cluster(bad.stack, bad.target, 'c2', { network: mig2, subnet: '10.0.20.0/24', hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.22/24', pve3: '10.0.20.13/24' } });
    expect(designError(() => synth(bad.stack)).message).toMatch(/give node pve2 different migration addresses/);
  });

  test('a migration gateway is refused', () => {
    const { stack, target } = kit();
    cluster(stack, target, 'c1', {
      network: migrationNetwork(stack, target), hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' }, gateway: '10.0.20.1',
    });
    expect(designError(() => synth(stack)).message).toMatch(/one default gateway/);
  });

  test.each([
    ['without a VLAN', {}, /has no VLAN/],
    ['existing', { name: 'vmbr9', existing: true }, /is an existing network/],
  ])('addresses on a migration network %s are refused', (_what, props, message) => {
    const { stack, target } = kit();
    cluster(stack, target, 'c1', { network: migrationNetwork(stack, target, props), hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' } });
    const e = designError(() => synth(stack));
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/leave migration.hostAddresses out/);
  });

  test('a bridge that makes no VLAN interface name is refused', () => {
    const { stack, target } = kit({ bridge: 'vmbr-lan0123' });
    const mig = migrationNetwork(stack, target, { vlanId: 2000 });
    cluster(stack, target, 'c1', { network: mig, hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' } });
    expect(designError(() => synth(stack)).message).toMatch(/vmbr-lan0123.2000, which is no Linux VLAN interface name/);
  });

  test('a VM on a migration network that carries the nodes\' addresses is refused; its VLAN is not another network\'s', () => {
    const a = kit();
    const mig = migrationNetwork(a.stack, a.target);
    const c = cluster(a.stack, a.target, 'c1', { network: mig, hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' } });
    vm(a.stack, 'web1', a.target, [mig], c);
    expect(designError(() => synth(a.stack)).message).toMatch(/attach the VM to another network/);

    const b = kit();
    const mig2 = migrationNetwork(b.stack, b.target);
    new VirtualNetwork(b.stack, 'app', { target: b.target, vlanId: 20 });
    cluster(b.stack, b.target, 'c1', { network: mig2, hostAddresses: { pve1: '10.0.20.11/24', pve2: '10.0.20.12/24', pve3: '10.0.20.13/24' } });
    expect(designError(() => synth(b.stack)).message).toMatch(/both use VLAN 20/);
  });
});

/** Two network names whose vnet IDs collide (both hashed, same 7 hex digits). */
function findCollision(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const name = `net-${i}`;
    const id = vnetId(name);
    const other = seen.get(id);
    if (other !== undefined) return [other, name];
    seen.set(id, name);
  }
}
