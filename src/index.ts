export * from './model/errors';
export * from './model/vendor';
export * from './targets/target';
export * from './targets/credentials';
export * from './targets/vsphere/vsphere-target';
export * from './targets/hyperv/hyperv-target';
export * from './targets/libvirt/libvirt-target';
