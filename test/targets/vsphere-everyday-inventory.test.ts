import { DataVsphereResourcePool } from '@cdktf/provider-vsphere/lib/data-vsphere-resource-pool';
import { DataVsphereTag } from '@cdktf/provider-vsphere/lib/data-vsphere-tag';
import { DataVsphereTagCategory } from '@cdktf/provider-vsphere/lib/data-vsphere-tag-category';
import { TerraformStack, Testing } from 'cdktf';
import { Kit, kit, plain, refusal, refused } from './vsphere-everyday-kit';
import {
  Disk, GuestInit, GuestOs, Image, Nic, ShieldedVm, ShieldingLevel, Size, VsphereExistingInventory, VsphereKeyProvider,
} from '../../src';
import { LightDataVsphereResourcePool, LightDataVsphereTag, LightDataVsphereTagCategory } from '../../src/targets/vsphere/light-resources';
import { claimName } from '../../src/targets/vsphere/lookups';

/*
 * The vSphere target's everyday features, part 2: folders, resource pools, tags and notes, and
 * that what VMs share is made once, named after itself, whatever the order of the VMs.
 */

const gib = Size.gibibytes;

describe('folders', () => {
  test('every level of a path once per target, each child\'s path after its parent\'s; the VM in the last', () => {
    const k = kit();
    k.vm('web1', { folder: 'estate/linux/web' });
    k.vm('db1', { folder: 'estate/linux' });
    k.vm('win1', { folder: 'estate/windows' });
    const folders = k.out().resource.vsphere_folder;
    expect(Object.keys(folders).sort()).toEqual([
      'target_folder_estate', 'target_folder_estate_linux', 'target_folder_estate_linux_web', 'target_folder_estate_windows',
    ]);
    expect(plain(folders.target_folder_estate)).toEqual({
      path: 'estate', type: 'vm', datacenter_id: '${data.vsphere_datacenter.target_datacenter.id}', provider: 'vsphere',
    });
    expect(folders.target_folder_estate_linux.path).toBe('${vsphere_folder.target_folder_estate.path}/linux');
    expect(folders.target_folder_estate_linux_web.path).toBe('${vsphere_folder.target_folder_estate_linux.path}/web');
    expect(k.vmOut('web1').folder).toBe('${vsphere_folder.target_folder_estate_linux_web.path}');
    expect(k.vmOut('db1').folder).toBe('${vsphere_folder.target_folder_estate_linux.path}');
    expect(k.target.vmResources(k.stack.node.findChild('db1') as any).folder?.friendlyUniqueId).toBe('target_folder_estate_linux');
  });

  test('folder names are text: ${ is escaped; names that read alike get names of their own', () => {
    const k = kit();
    k.vm('web1', { folder: 'a b/${x} "y"' });
    k.vm('web2', { folder: 'a_b' });
    const folders = k.out().resource.vsphere_folder;
    const paths = Object.values<any>(folders).map((f) => f.path);
    expect(paths).toContain('a b');
    expect(paths).toContain('a_b');
    expect(paths.find((p) => p.endsWith('"y"'))).toMatch(/^\$\{vsphere_folder\.target_folder_a_b_[0-9a-f]{8}\.path\}\/\$\$\{x\} "y"$/);
    expect(new Set(Object.keys(folders)).size).toBe(3);
  });
});

describe('resource pools', () => {
  test('one per root pool and name: in a design cluster, on its hosts, in the target\'s cluster and a host\'s root pool', () => {
    const k = kit();
    const c1 = k.cluster('c1');
    k.vm('a', { cluster: c1, target: undefined, resourcePool: 'batch' } as any);
    k.vm('b', { cluster: c1, target: undefined, resourcePool: 'batch' } as any);
    k.vm('c', { resourcePool: 'batch' });
    k.vm('d', { host: 'esx2', resourcePool: 'batch' });
    k.vm('e', { cluster: c1, target: undefined, resourcePool: 'web' } as any);
    const pools = k.out().resource.vsphere_resource_pool;
    expect(Object.fromEntries(Object.entries<any>(pools).map(([n, p]) => [n, [p.name, p.parent_resource_pool_id]]))).toEqual({
      c1_pool_batch: ['batch', '${vsphere_compute_cluster.c1.resource_pool_id}'],
      c1_pool_web: ['web', '${vsphere_compute_cluster.c1.resource_pool_id}'],
      target_pool_batch: ['batch', '${data.vsphere_compute_cluster.target_cluster.resource_pool_id}'],
    });
    expect(k.vmOut('a').resource_pool_id).toBe('${vsphere_resource_pool.c1_pool_batch.id}');
    expect(k.vmOut('b').resource_pool_id).toBe('${vsphere_resource_pool.c1_pool_batch.id}');
    // on a host of c1, outside the cluster: the cluster's pool, on the host
    expect(k.vmOut('d').resource_pool_id).toBe('${vsphere_resource_pool.c1_pool_batch.id}');
    expect(k.vmOut('d').host_system_id).toBe('${data.vsphere_host.target_host_esx2.id}');
  });

  test('VMs on two hosts of a design cluster, and one in it, share the one pool of a name', () => {
    const k = kit({ cluster: undefined });
    const c1 = k.cluster('c1');
    k.vm('a', { cluster: c1, target: undefined, resourcePool: 'gold' } as any);
    k.vm('b', { host: 'esx1', resourcePool: 'gold' });
    k.vm('c', { host: 'esx2', resourcePool: 'gold' });
    const pools = k.out().resource.vsphere_resource_pool;
    expect(Object.keys(pools)).toEqual(['c1_pool_gold']);
    expect(['a', 'b', 'c'].map((id) => k.vmOut(id).resource_pool_id)).toEqual(Array(3).fill('${vsphere_resource_pool.c1_pool_gold.id}'));
  });

  test('a host in no design cluster and no target cluster: the pool in the host\'s root pool; no pool, no change', () => {
    const k = kit({ cluster: undefined });
    k.vm('d', { host: 'esx9', resourcePool: 'batch' });
    k.vm('e', { host: 'esx9' });
    const pools = k.out().resource.vsphere_resource_pool;
    expect(Object.fromEntries(Object.entries<any>(pools).map(([n, p]) => [n, [p.name, p.parent_resource_pool_id]]))).toEqual({
      target_pool_host_esx9_batch: ['batch', '${data.vsphere_host.target_host_esx9.resource_pool_id}'],
    });
    expect(k.vmOut('d').resource_pool_id).toBe('${vsphere_resource_pool.target_pool_host_esx9_batch.id}');
    expect(k.vmOut('e').resource_pool_id).toBe('${data.vsphere_host.target_host_esx9.resource_pool_id}');
  });

  test('a host in no design cluster where the target has a cluster: a pool is refused (it could be made twice in the cluster)', () => {
    const k = kit();
    k.vm('a', { resourcePool: 'gold' });
    k.vm('b', { host: 'esx1', resourcePool: 'gold' });
    k.vm('c', { host: 'esx2' });
    const e = refused(k);
    expect(e.constructPath).toBe(k.stack.node.findChild('b').node.path);
    expect(e.problem).toMatch(/runs on host esx1, in no cluster of the design, and the target has cluster prod/);
    expect(e.value).toBe('resourcePool: gold');
    expect(e.fix).toMatch(/HaCluster that names the host[\s\S]*leave resourcePool out/);
  });
});

describe('existing folders, tags and resource pools', () => {
  function design(existingInventory: VsphereExistingInventory): Kit {
    const k = kit({ existingInventory });
    const c1 = k.cluster('c1');
    k.vm('web1', { folder: 'estate/${x} "y"', tags: { env: 'prod %{z}' }, resourcePool: 'gold ${p}' });
    k.vm('web2', { folder: 'estate/${x} "y"', tags: { env: 'prod %{z}', team: 'web' }, resourcePool: 'gold ${p}' });
    k.vm('db1', { cluster: c1, target: undefined, resourcePool: 'gold ${p}' } as any);
    // a host in no design cluster where the target has a cluster: a pool is found there, not made
    if (existingInventory.resourcePools) k.vm('db2', { host: 'esx3', resourcePool: 'gold ${p}' });
    return k;
  }

  test('by default every kind is made, as without the option', () => {
    const out = design({}).out();
    expect(Object.keys(out.resource.vsphere_folder)).toHaveLength(2);
    expect(Object.keys(out.resource.vsphere_tag)).toHaveLength(2);
    expect(Object.keys(out.resource.vsphere_tag_category)).toHaveLength(2);
    expect(out.data.vsphere_tag).toBeUndefined();
  });

  test('existing folders: the VM\'s folder is the path, escaped, and no folder is made', () => {
    const k = design({ folders: true });
    const out = k.out();
    expect(out.resource.vsphere_folder).toBeUndefined();
    expect(k.vmOut('web1').folder).toBe('estate/$${x} "y"');
    expect(k.vmOut('web2').folder).toBe('estate/$${x} "y"');
    expect(k.target.vmResources(k.stack.node.findChild('web1') as any).folder).toBeUndefined();
    // the others are still made
    expect(Object.keys(out.resource.vsphere_tag)).toHaveLength(2);
    expect(Object.keys(out.resource.vsphere_resource_pool)).toHaveLength(2);
  });

  test('existing tags: a tag category data source per key, a tag data source per key and value, by name', () => {
    const k = design({ tags: true });
    const out = k.out();
    expect(out.resource.vsphere_tag).toBeUndefined();
    expect(out.resource.vsphere_tag_category).toBeUndefined();
    expect(Object.fromEntries(Object.entries<any>(out.data.vsphere_tag_category).map(([n, c]) => [n, plain(c)]))).toEqual({
      target_tag_category_env: { name: 'env', provider: 'vsphere' },
      target_tag_category_team: { name: 'team', provider: 'vsphere' },
    });
    const prod = Object.keys(out.data.vsphere_tag).find((n) => n.startsWith('target_tag_env_'))!;
    expect(plain(out.data.vsphere_tag[prod])).toEqual({
      name: 'prod %%{z}', category_id: '${data.vsphere_tag_category.target_tag_category_env.id}', provider: 'vsphere',
    });
    expect(plain(out.data.vsphere_tag.target_tag_team_web)).toEqual({
      name: 'web', category_id: '${data.vsphere_tag_category.target_tag_category_team.id}', provider: 'vsphere',
    });
    expect(k.vmOut('web2').tags).toEqual([`\${data.vsphere_tag.${prod}.id}`, '${data.vsphere_tag.target_tag_team_web.id}']);
    const r = k.target.vmResources(k.stack.node.findChild('web2') as any) as any;
    expect(r['tag:team'].friendlyUniqueId).toBe('target_tag_team_web');
  });

  test('existing pools: a resource pool data source per root pool and name, found by name in the root pool', () => {
    const k = design({ resourcePools: true });
    const out = k.out();
    expect(out.resource.vsphere_resource_pool).toBeUndefined();
    const pools = Object.entries<any>(out.data.vsphere_resource_pool).map(([n, p]) => [n.replace(/_[0-9a-f]{8}$/, ''), plain(p)]);
    const lookup = (parent: string) => ({
      name: 'gold $${p}', parent_resource_pool_id: parent, datacenter_id: '${data.vsphere_datacenter.target_datacenter.id}', provider: 'vsphere',
    });
    expect(Object.fromEntries(pools)).toEqual({
      target_pool_gold___p_: lookup('${data.vsphere_compute_cluster.target_cluster.resource_pool_id}'),
      c1_pool_gold___p_: lookup('${vsphere_compute_cluster.c1.resource_pool_id}'),
      // on a host of no design cluster where the target has a cluster: found in the host's root pool, whichever it is
      target_pool_host_esx3_gold___p_: lookup('${data.vsphere_host.target_host_esx3.resource_pool_id}'),
    });
    expect(k.vmOut('web1').resource_pool_id).toMatch(/^\$\{data\.vsphere_resource_pool\.target_pool_gold___p__[0-9a-f]{8}\.id\}$/);
    expect(k.vmOut('web2').resource_pool_id).toBe(k.vmOut('web1').resource_pool_id);
    const r = k.target.vmResources(k.stack.node.findChild('db1') as any);
    expect(r.resourcePool).toBeUndefined();
    expect(`\${data.vsphere_resource_pool.${r.existingResourcePool!.friendlyUniqueId}.id}`).toBe(k.vmOut('db1').resource_pool_id);
  });

  test('the light data sources write what the generated classes write', () => {
    const light = new TerraformStack(Testing.app(), 'light');
    const full = new TerraformStack(Testing.app(), 'full');
    const configs = {
      pool: { name: 'p', parentResourcePoolId: 'rp-1', datacenterId: 'dc-1' },
      category: { name: 'c' },
      tag: { name: 't', categoryId: 'cat-1' },
    };
    new LightDataVsphereResourcePool(light, 'pool', configs.pool);
    new LightDataVsphereTagCategory(light, 'category', configs.category);
    new LightDataVsphereTag(light, 'tag', configs.tag);
    new DataVsphereResourcePool(full, 'pool', configs.pool);
    new DataVsphereTagCategory(full, 'category', configs.category);
    new DataVsphereTag(full, 'tag', configs.tag);
    const data = (stack: any) => JSON.parse(Testing.synth(stack)).data;
    expect(data(light)).toEqual(data(full));
  });
});

describe('tags and notes', () => {
  test('a category per key (one tag per VM) and a tag per value, once per target; the VM\'s tags in key order', () => {
    const k = kit();
    k.vm('web1', { tags: { team: 'payments', env: 'prod' } });
    k.vm('web2', { tags: { env: 'prod' } });
    k.vm('web3', { tags: { env: 'test' } });
    const out = k.out();
    expect(Object.keys(out.resource.vsphere_tag_category).sort()).toEqual(['target_tag_category_env', 'target_tag_category_team']);
    expect(plain(out.resource.vsphere_tag_category.target_tag_category_env)).toEqual({
      name: 'env', cardinality: 'SINGLE', associable_types: ['VirtualMachine'], provider: 'vsphere',
    });
    expect(Object.keys(out.resource.vsphere_tag).sort()).toEqual(['target_tag_env_prod', 'target_tag_env_test', 'target_tag_team_payments']);
    expect(plain(out.resource.vsphere_tag.target_tag_env_prod)).toEqual({
      name: 'prod', category_id: '${vsphere_tag_category.target_tag_category_env.id}', provider: 'vsphere',
    });
    expect(k.vmOut('web1').tags).toEqual(['${vsphere_tag.target_tag_env_prod.id}', '${vsphere_tag.target_tag_team_payments.id}']);
    expect(k.vmOut('web2').tags).toEqual(['${vsphere_tag.target_tag_env_prod.id}']);
  });

  test('tag values are text; values that read alike as names get names of their own', () => {
    const k = kit();
    k.vm('web1', { tags: { owner: 'Team ${A} %{b} "c"\\' } });
    k.vm('web2', { tags: { owner: 'Team__A' } });
    const tags = Object.values<any>(k.out().resource.vsphere_tag).map((t) => t.name).sort();
    expect(tags).toEqual(['Team $${A} %%{b} "c"\\', 'Team__A']);
    expect(Object.keys(k.out().resource.vsphere_tag).every((n) => /^target_tag_owner_[A-Za-z0-9_-]+$/.test(n))).toBe(true);
  });

  test('notes, the shielding and the disks\' tags in the annotation, a line each, escaped', () => {
    const k = kit({ keyProvider: VsphereKeyProvider.named('nkp') });
    new ShieldedVm(k.stack, 'sv', {
      target: k.target,
      cpus: 2,
      memory: gib(4),
      image: Image.template('w'),
      guestOs: GuestOs.WINDOWS_SERVER_2022,
      shielding: ShieldingLevel.ENCRYPTED,
      notes: 'owned by ${team}\nsecond line',
      disks: [
        Disk.data(gib(1), { name: 'logs', slot: 2, tags: { retention: '30d', backup: 'weekly' } }),
        Disk.data(gib(1), { name: 'data', slot: 1, tags: { backup: 'daily %{x}' } }),
      ],
      nics: [Nic.on(k.net)],
    });
    k.vm('plain1', { disks: [Disk.data(gib(1), { tags: { backup: 'none' } })] });
    expect(k.vmOut('sv').annotation).toBe([
      'owned by $${team}',
      'second line',
      'Shielded VM: Secure Boot, vTPM 2.0, encryption (VM Encryption Policy); keys from key provider nkp',
      'disk data: backup=daily %%{x}',
      'disk logs: backup=weekly, retention=30d',
    ].join('\n'));
    expect(k.vmOut('plain1').annotation).toBe('disk data1: backup=none');
    expect(k.vmOut('plain1')).not.toHaveProperty('tags');
  });

  test('a VM without notes, shielding or disk tags has no annotation', () => {
    const k = kit();
    k.vm('web1', { disks: [Disk.data(gib(1))] });
    expect(k.vmOut('web1')).not.toHaveProperty('annotation');
  });
});

describe('what VMs share is made once and named after itself', () => {
  function design(order: string[]): Kit {
    const k = kit({
      imageSources: { lib: Image.contentLibrary('images', 'ubuntu 24.04', { size: gib(20) }) },
    });
    const props: { [id: string]: any } = {
      a: { folder: 'estate/linux', tags: { env: 'prod' }, resourcePool: 'batch', storagePolicy: 'gold', image: Image.template('lib') },
      b: { folder: 'estate/linux/web', tags: { env: 'prod', team: 'web' }, resourcePool: 'batch', storagePolicy: 'gold' },
      c: { folder: 'estate', tags: { env: 'test' }, image: Image.template('lib') },
    };
    for (const id of order) k.vm(id, props[id]);
    return k;
  }

  test('reordering the VMs renames nothing and changes no shared resource', () => {
    const shared = (k: Kit) => {
      const out = k.out();
      const keep = (kind: 'resource' | 'data') => Object.fromEntries(Object.entries<any>(out[kind])
        .filter(([type]) => type !== 'vsphere_virtual_machine' || kind === 'data')
        .map(([type, elements]) => [type, Object.fromEntries(Object.entries<any>(elements).map(([n, e]) => [n, plain(e)]))]));
      return { resource: keep('resource'), data: keep('data'), vms: Object.fromEntries(['a', 'b', 'c'].map((id) => [id, plain(k.vmOut(id))])) };
    };
    const first = shared(design(['a', 'b', 'c']));
    expect(shared(design(['c', 'b', 'a']))).toEqual(first);
    expect(shared(design(['b', 'a', 'c']))).toEqual(first);
    expect(Object.keys(first.resource.vsphere_folder)).toHaveLength(3);
    expect(Object.keys(first.resource.vsphere_tag)).toHaveLength(3);
    expect(Object.keys(first.data.vsphere_content_library_item)).toHaveLength(1);
  });

  test('the same design synthesizes the same bytes', () => {
    expect(Testing.synth(design(['a', 'b', 'c']).stack)).toBe(Testing.synth(design(['a', 'b', 'c']).stack));
  });

  test('hostile names of pools, libraries, items and OUs stay text in every attribute', () => {
    const k = kit({ imageSources: { w: Image.contentLibrary('lib ${a}', 'item %{b} "c"', { size: gib(40) }) } });
    k.vm('win1', {
      image: Image.template('w'),
      guestOs: GuestOs.WINDOWS_SERVER_2022,
      resourcePool: 'pool ${c}\\',
      guestInit: GuestInit.windows({ domainJoin: { domain: 'corp.example.com', user: 'u', password: k.secret('p'), organizationalUnit: 'OU=${d},DC=corp' } }),
    });
    const out = k.out();
    expect(Object.values<any>(out.data.vsphere_content_library)[0].name).toBe('lib $${a}');
    expect(Object.values<any>(out.data.vsphere_content_library_item)[0].name).toBe('item %%{b} "c"');
    expect(Object.values<any>(out.resource.vsphere_resource_pool)[0].name).toBe('pool $${c}\\');
    expect(k.vmOut('win1').clone.customize.windows_options.domain_ou).toBe('OU=$${d},DC=corp');
    const json = JSON.stringify(out);
    for (const raw of ['lib ${a}', 'item %{b}', 'pool ${c}', 'OU=${d}']) expect(json).not.toContain(raw);
  });

  test('names whose parts hold dashes stay apart: tags a-b=c and a=b-c, items c of a-b and b-c of a; names are kept', () => {
    const k = kit();
    k.vm('x', { tags: { 'a-b': 'c' }, image: Image.contentLibrary('a-b', 'c', { size: gib(10) }) });
    k.vm('y', { tags: { a: 'b-c' }, image: Image.contentLibrary('a', 'b-c', { size: gib(10) }) });
    const out = k.out();
    expect(Object.fromEntries(Object.entries<any>(out.resource.vsphere_tag).map(([n, t]) => [n, [t.name, t.category_id]]))).toEqual({
      'target_tag_a-b_c': ['c', '${vsphere_tag_category.target_tag_category_a-b.id}'],
      'target_tag_a_b-c': ['b-c', '${vsphere_tag_category.target_tag_category_a.id}'],
    });
    expect(Object.fromEntries(Object.entries<any>(out.data.vsphere_content_library_item).map(([n, i]) => [n, [i.name, i.library_id]]))).toEqual({
      'target_content_library_item_a-b_c': ['c', '${data.vsphere_content_library.target_content_library_a-b.id}'],
      'target_content_library_item_a_b-c': ['b-c', '${data.vsphere_content_library.target_content_library_a.id}'],
    });
    expect(k.vmOut('x').tags).toEqual(['${vsphere_tag.target_tag_a-b_c.id}']);
    expect(k.vmOut('y').clone.template_uuid).toBe('${data.vsphere_content_library_item.target_content_library_item_a_b-c.id}');
  });

  test('two things of one name are refused, naming both', () => {
    const names = new Map<string, string>();
    const k = kit();
    claimName(names, k.target, 'tag_a_b', 'tag "a": "b"');
    claimName(names, k.target, 'tag_a_b', 'tag "a": "b"');
    const e = refusal(() => claimName(names, k.target, 'tag_a_b', 'tag "a_b": "x"'));
    expect(e.constructPath).toBe(k.target.node.path);
    expect(e.problem).toBe('The tag "a": "b" and the tag "a_b": "x" would both be named tag_a_b.');
    expect(e.fix).toBe('rename one of the two');
  });

  test('a resource pool name is checked by the design', () => {
    const k = kit();
    expect(refusal(() => k.vm('web1', { resourcePool: 'a\nb' })).problem).toMatch(/resource pool name is empty, too long or holds control characters/);
  });
});
