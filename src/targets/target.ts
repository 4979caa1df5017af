import { Construct, IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformElement, TerraformProvider, TerraformStack } from '../core';
import { describeTopology } from './diagram';
import { RenderResult, addReportSection, addTopology } from './report';
import { Capability, FEATURE_DESCRIPTIONS, Feature, Support } from '../model/capabilities';
import {
  ClusterNode, NetworkNode, PairNode, RuleNode, VmNode, featuresOfCluster, featuresOfNetwork, featuresOfPair, featuresOfVm,
} from '../model/design';
import { DesignError } from '../model/errors';
import { Vendor } from '../model/vendor';

/** Vendor names as people write them, for titles. */
const VENDOR_NAMES: { readonly [vendor in Vendor]: string } = {
  [Vendor.VSPHERE]: 'vSphere',
  [Vendor.HYPERV]: 'Hyper-V',
  [Vendor.LIBVIRT]: 'libvirt',
};

/**
 * Renders every target of a stack when the stack is synthesized, before any other construct is
 * visited: placement and rules need the whole design, so nothing is rendered earlier.
 */
class RenderTargets implements IAspect {
  public visit(node: IConstruct): void {
    if (TerraformStack.isStack(node)) Target._renderAll(node);
  }
}

const RENDER_TARGETS = new RenderTargets();

/**
 * Where a design is synthesized to: one vendor, its Terraform provider configuration and the
 * hosts it reaches.
 *
 * A target is created inside the `TerraformStack` it configures. Constructs of the design are
 * given the target; when the stack is synthesized, the target renders them into its vendor's
 * resources. A feature the target cannot render fails the synth with a `DesignError`.
 */
export abstract class Target extends Construct {
  /**
   * Renders every target under a scope (idempotent): at synth, and for anything that must read
   * the rendered resources before the targets' own aspect has run.
   *
   * @internal
   */
  public static _renderAll(scope: IConstruct): void {
    for (const child of scope.node.findAll()) {
      if (child instanceof Target) child._renderOnce();
    }
  }

  /** The vendor this target synthesizes for. */
  public abstract readonly vendor: Vendor;

  /**
   * Names of the hosts this target reaches through a provider alias each, in the order given.
   *
   * Empty for vSphere, whose hosts belong to clusters of the vCenter the target connects to.
   */
  public abstract readonly hostNames: string[];

  /** The provider and version this target renders for, e.g. `taliesins/hyperv 1.2.1`. */
  public abstract readonly providerLabel: string;

  /** The stack this target configures. */
  public readonly stack: TerraformStack;

  /** @internal */
  public readonly _networks: NetworkNode[] = [];

  /** @internal */
  public readonly _vms: VmNode[] = [];

  /** @internal */
  public readonly _clusters: ClusterNode[] = [];

  /** @internal */
  public readonly _rules: RuleNode[] = [];

  /** @internal */
  public readonly _pairs: PairNode[] = [];

  private rendered = false;
  private readonly logicalIds = new Map<string, string>();
  /** Names taken per kind of element, lower-cased. */
  private readonly names = new Map<string, Set<string>>();

  protected constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = findStack(scope);
    if (!stack) {
      throw new DesignError(this, {
        problem: 'A target must be created inside a TerraformStack.',
        fix: 'create the target with the stack (or a construct inside it) as its scope',
      });
    }
    this.stack = stack;
    if (!Aspects.of(stack).all.includes(RENDER_TARGETS)) Aspects.of(stack).add(RENDER_TARGETS);
  }

  /**
   * Escape hatch: the Terraform provider configuration that serves a host.
   *
   * Use it to set provider arguments this library does not model (`addOverride`), or to attach
   * your own resources to the same provider.
   *
   * @param hostName a host of the target; may be omitted when the target has exactly one provider
   */
  public abstract providerFor(hostName?: string): TerraformProvider;

  /**
   * How this target supports a feature: natively, emulated, or not at all (with the reason and
   * the way out).
   *
   * @param feature the feature asked about
   */
  public supportOf(feature: Feature): Capability {
    return this.capabilities()[feature];
  }

  /** @internal */
  public _addNetwork(network: NetworkNode): void {
    this.checkUniqueName(network.scope, 'network', network.name);
    this._networks.push(network);
  }

  /** @internal */
  public _addVm(vm: VmNode): void {
    this.checkUniqueName(vm.scope, 'VM', vm.name);
    this._vms.push(vm);
  }

  /** @internal */
  public _addCluster(cluster: ClusterNode): void {
    this.checkUniqueName(cluster.scope, 'cluster', cluster.name);
    this._clusters.push(cluster);
  }

  /** @internal */
  public _addRule(rule: RuleNode): void {
    this.checkUniqueName(rule.scope, 'rule group', rule.name);
    this._rules.push(rule);
  }

  /** @internal */
  public _addPair(pair: PairNode): void {
    this.checkUniqueName(pair.scope, 'replica pair', pair.name);
    this._pairs.push(pair);
  }

  /** @internal */
  public _renderOnce(): void {
    if (this.rendered) return;
    this.rendered = true;
    for (const network of this._networks) {
      for (const feature of featuresOfNetwork(network)) this.requireSupport(network.scope, feature);
    }
    for (const vm of this._vms) {
      for (const feature of featuresOfVm(vm)) this.requireSupport(vm.scope, feature);
    }
    for (const cluster of this._clusters) {
      for (const feature of featuresOfCluster(cluster, this._vms, this._rules)) this.requireSupport(cluster.scope, feature);
    }
    for (const pair of this._pairs) {
      for (const feature of featuresOfPair(pair)) this.requireSupport(pair.scope, feature);
    }
    const { report, placement } = this._renderDesign();
    if (report.length > 0) addReportSection(this.stack, report);
    addTopology(this.stack, describeTopology(
      { networks: this._networks, vms: this._vms, clusters: this._clusters, rules: this._rules, pairs: this._pairs },
      { id: this.node.id, label: `${VENDOR_NAMES[this.vendor]} target ${this.node.path}`, ...placement },
    ));
  }

  /** Every feature with this target's support for it. */
  protected abstract capabilities(): { [feature: string]: Capability };

  /**
   * Creates the vendor's resources for the design; what it placed where goes to the report and
   * the diagram.
   * @internal
   */
  protected abstract _renderDesign(): RenderResult;

  /**
   * Fails unless the target supports the feature.
   *
   * @param scope the construct that uses the feature
   * @param feature the feature
   */
  protected requireSupport(scope: IConstruct, feature: Feature): void {
    const capability = this.supportOf(feature);
    if (capability.support !== Support.UNSUPPORTED) return;
    throw new DesignError(scope, {
      problem: `${capitalize(FEATURE_DESCRIPTIONS[feature])} cannot be rendered for ${this.vendor} (${this.providerLabel}): ${capability.how}`,
      fix: capability.wayOut,
    });
  }

  /**
   * Gives a rendered resource the Terraform name derived from the design construct it belongs
   * to (its construct path), plus a suffix for the construct's further resources. Fails if two
   * resources of one type would get the same name.
   *
   * @param element the rendered resource or data source
   * @param owner the design construct the resource renders
   * @param suffix distinguishes the owner's resources of one type
   */
  protected nameAfter(element: TerraformElement, owner: IConstruct, suffix?: string): void {
    // the owner's construct path below the stack, readable (web1, db_primary); two paths that
    // would read alike are caught below
    const scopes = owner.node.scopes;
    const base = scopes.slice(scopes.indexOf(this.stack) + 1).map((s) => s.node.id.replace(/[^A-Za-z0-9_-]/g, '')).join('_');
    const name = suffix === undefined ? base : `${base}_${suffix.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const type = (element as any).terraformResourceType ?? element.constructor.name;
    const key = `${type}.${name}`;
    const taken = this.logicalIds.get(key);
    if (taken !== undefined) {
      throw new DesignError(owner, {
        problem: `Two resources would both be named ${key} (the other belongs to ${taken}).`,
        fix: 'give one of the constructs another ID',
      });
    }
    this.logicalIds.set(key, owner.node.path);
    element.overrideLogicalId(name);
  }

  private checkUniqueName(scope: IConstruct, what: string, name: string): void {
    let names = this.names.get(what);
    if (names === undefined) {
      names = new Set();
      this.names.set(what, names);
    }
    if (names.has(name.toLowerCase())) {
      throw new DesignError(scope, {
        problem: `The target already has a ${what} named "${name}".`,
        value: JSON.stringify(name),
        fix: `give every ${what} of a target its own name (the name prop)`,
      });
    }
    names.add(name.toLowerCase());
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function findStack(scope: Construct): TerraformStack | undefined {
  for (const s of [...scope.node.scopes].reverse()) {
    if (TerraformStack.isStack(s)) return s;
  }
  return undefined;
}
