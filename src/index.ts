export { DesignError, DesignErrorDetails } from './model/errors';
export { Vendor } from './model/vendor';
export { Target } from './targets/target';
export { Credentials, CredentialVariablesOptions } from './targets/credentials';
export { VsphereTarget, VsphereTargetProps } from './targets/vsphere/vsphere-target';
export { HypervTarget, HypervTargetProps, HypervHost, WinRmOptions, KerberosOptions } from './targets/hyperv/hyperv-target';
export { LibvirtTarget, LibvirtTargetProps, LibvirtHost } from './targets/libvirt/libvirt-target';
