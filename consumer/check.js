// Checks what `cdktf synth` wrote for the consumer app (main.ts): both stacks, each with its two
// VMs on different hosts. Usage: node check.js <cdktf.out>
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const out = process.argv[2] || 'cdktf.out';
const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
assert.deepStrictEqual(Object.keys(manifest.stacks).sort(), ['libvirt', 'proxmox', 'vsphere'], 'the app has one stack per vendor');

function stack(name) {
  return JSON.parse(fs.readFileSync(path.join(out, 'stacks', name, 'cdk.tf.json'), 'utf8'));
}

/** The resources of one type, by name; fails when the stack has none. */
function resources(tf, type) {
  const found = (tf.resource || {})[type];
  assert.ok(found, `the stack has ${type} resources (it has ${Object.keys(tf.resource || {}).join(', ')})`);
  return found;
}

const vsphere = stack('vsphere');
const vms = resources(vsphere, 'vsphere_virtual_machine');
assert.deepStrictEqual(Object.values(vms).map((vm) => vm.name).sort(), ['web1', 'web2'], 'vSphere: one VM per designed VM');
const apart = Object.values(resources(vsphere, 'vsphere_compute_cluster_vm_anti_affinity_rule'));
assert.strictEqual(apart.length, 1, 'vSphere: the keep-apart rule is one anti-affinity rule');
assert.strictEqual(apart[0].virtual_machine_ids.length, 2, 'vSphere: the rule holds both VMs');
assert.ok(vsphere.terraform.required_providers.vsphere, 'vSphere: the stack requires the vsphere provider');

const libvirt = stack('libvirt');
const domains = Object.values(resources(libvirt, 'libvirt_domain'));
assert.deepStrictEqual(domains.map((d) => d.name).sort(), ['web1', 'web2'], 'libvirt: one domain per designed VM');
assert.notStrictEqual(domains[0].provider, domains[1].provider, 'libvirt: the keep-apart rule puts the domains on different hosts');
assert.ok(libvirt.terraform.required_providers.libvirt, 'libvirt: the stack requires the libvirt provider');

const proxmox = stack('proxmox');
const pveVms = Object.values(resources(proxmox, 'proxmox_virtual_environment_vm'));
assert.deepStrictEqual(pveVms.map((vm) => vm.name).sort(), ['web1', 'web2'], 'Proxmox VE: one VM per designed VM');
assert.notStrictEqual(pveVms[0].node_name, pveVms[1].node_name, 'Proxmox VE: the keep-apart rule places the VMs on different nodes');
const rules = Object.values(resources(proxmox, 'proxmox_harule'));
assert.strictEqual(rules.length, 1, 'Proxmox VE: the keep-apart rule is one HA rule');
assert.strictEqual(rules[0].affinity, 'negative', 'Proxmox VE: the HA rule keeps the VMs apart');
assert.ok(proxmox.terraform.required_providers.proxmox, 'Proxmox VE: the stack requires the proxmox provider');

console.log(`consumer app: ${Object.keys(manifest.stacks).length} stacks, `
  + `${Object.keys(vms).length} vSphere VMs, ${domains.length} libvirt domains, ${pveVms.length} Proxmox VE VMs`);
