/*
 * vSphere resources and data sources typed by the configurations of `@cdktf/provider-vsphere` and
 * converted by its converters, without its classes (see `../light-resource.ts`): creating a
 * generated `vsphere_virtual_machine` takes some 7 to 11 ms under ts-node, a light one some 0.02 ms.
 * The bindings of a resource are loaded when a stack with one is first synthesized (for the
 * converters of its blocks) or written as HCL (through the generated class), not when this file is.
 */

export * from './light/vms';
export * from './light/clusters';
export * from './light/networks';
export * from './light/data-sources';
export * from './light/inventory';
