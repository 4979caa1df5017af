import { Construct } from 'constructs';
import { TerraformProvider, Token } from '../../core';
import { DesignError } from '../../model/errors';
import { Vendor } from '../../model/vendor';
import { LibvirtProvider } from '../../providers/libvirt/provider';
import { selectHost, validateHostNames } from '../hosts';
import { Target } from '../target';
import { LIBVIRT_URI_FORMS, parseLibvirtUri } from './uri';

/** A libvirt host, reached through a provider alias of its own. */
export interface LibvirtHost {
  /**
   * Short name of the host. It becomes the provider alias (`libvirt.<name>`), so it must be a
   * Terraform identifier: a letter or underscore, then letters, digits, underscores or dashes.
   */
  readonly name: string;

  /**
   * libvirt connection URI of the host. SSH keys are named in the query (`?keyfile=...`); a
   * password in the URI is refused, since it would be written into the configuration.
   *
   * @example 'qemu+ssh://root@kvm1.example.com/system'
   * @see https://libvirt.org/uri.html
   */
  readonly uri: string;
}

/** Properties of a {@link LibvirtTarget}. */
export interface LibvirtTargetProps {
  /** The libvirt hosts, each reached through its own provider alias. */
  readonly hosts: LibvirtHost[];
}

/**
 * A libvirt/KVM target: a list of hosts, one `libvirt` provider alias per host `uri`.
 *
 * libvirt has no cluster; constructs that spread VMs over hosts choose the alias.
 *
 * @example
 * new LibvirtTarget(stack, 'libvirt', {
 *   hosts: [
 *     { name: 'kvm1', uri: 'qemu+ssh://root@kvm1.example.com/system' },
 *     { name: 'kvm2', uri: 'qemu+ssh://root@kvm2.example.com/system' },
 *   ],
 * });
 */
export class LibvirtTarget extends Target {
  /** Always `Vendor.LIBVIRT`. */
  public readonly vendor = Vendor.LIBVIRT;
  /** Names of the hosts, in the order given; each is also the alias of its provider. */
  public readonly hostNames: string[];

  private readonly hosts: LibvirtHost[];
  private readonly providers = new Map<string, LibvirtProvider>();

  /**
   * @param scope the stack to configure, or a construct inside it
   * @param id construct ID of the target
   * @param props the libvirt connection
   */
  constructor(scope: Construct, id: string, props: LibvirtTargetProps) {
    super(scope, id);
    validateHostNames(this, props.hosts.map((h) => h.name), '{ name: "kvm1", uri: "qemu+ssh://root@kvm1/system" }');
    for (const host of props.hosts) validateUri(this, host);
    this.hosts = [...props.hosts];
    this.hostNames = this.hosts.map((h) => h.name);
    for (const host of this.hosts) {
      this.providers.set(host.name, new LibvirtProvider(this, host.name, { alias: host.name, uri: host.uri }));
    }
  }

  /**
   * Escape hatch: the `libvirt` provider alias of a host.
   *
   * @param hostName name of the host; may be omitted when the target has one host
   */
  public providerFor(hostName?: string): TerraformProvider {
    return this.providers.get(selectHost(this, this.hosts, hostName).name)!;
  }
}

function validateUri(scope: Construct, host: LibvirtHost): void {
  if (Token.isUnresolved(host.uri)) return;
  const parsed = parseLibvirtUri(host.uri);
  if ('error' in parsed) {
    throw new DesignError(scope, {
      problem: `The uri of host "${host.name}" is not a libvirt connection URI the provider can open: ${parsed.error}.`,
      value: JSON.stringify(host.uri),
      allowed: LIBVIRT_URI_FORMS,
      fix: `e.g. uri: "qemu+ssh://root@${host.name}/system"`,
    });
  }
}
