import { Construct, IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformElement, TerraformProvider, TerraformStack } from '../core';
import { describeTopology } from './diagram';
import { Design, Placement, Renderer } from './protocol';
import { addReportSection, addTopology } from './report';
import { writeRunbook } from './runbook';
import { Capability, FEATURE_DESCRIPTIONS, Feature, Support } from '../model/capabilities';
import { featuresOfCluster, featuresOfNetwork, featuresOfPair, featuresOfVm } from '../model/design';
import { DesignError } from '../model/errors';
import { Image } from '../model/image';
import { DesignNode, DesignRegistry, ITarget, RenderedElement } from '../model/target-contract';
import { Vendor } from '../model/vendor';

/** Vendor names as people write them, for titles. */
const VENDOR_NAMES: { readonly [vendor in Vendor]: string } = {
  [Vendor.VSPHERE]: 'vSphere',
  [Vendor.HYPERV]: 'Hyper-V',
  [Vendor.LIBVIRT]: 'libvirt',
  [Vendor.PROXMOX]: 'Proxmox VE',
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
export abstract class Target extends Construct implements ITarget {
  /**
   * Renders every target under a scope (idempotent): at synth, and for anything that must read
   * the rendered resources before the targets' own aspect has run.
   *
   * @internal
   */
  public static _renderAll(scope: IConstruct, reason = 'when its stack was synthesized'): void {
    for (const child of scope.node.findAll()) {
      if (child instanceof Target) DesignRegistry.of(child).render(reason);
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

  private readonly logicalIds = new Map<string, string>();

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
    DesignRegistry.of(this).renderWith(() => this.renderDesign());
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

  /** Every feature with this target's support for it. */
  protected abstract capabilities(): { [feature: string]: Capability };

  /**
   * What this target rendered for an element, rendering the design first if it has not been; fails
   * for an element of another target.
   *
   * @internal
   */
  protected _renderedOf(node: DesignNode, reason: string): RenderedElement {
    const rendered = DesignRegistry.of(this).renderedOf(node, reason);
    if (rendered === undefined) {
      throw new DesignError(node.scope, {
        problem: `The target ${this.node.path} renders nothing for the construct: it was given another target.`,
        fix: 'ask the target the construct was given to',
      });
    }
    return rendered;
  }

  /**
   * The images this target makes of the design's image names (its `imageSources`), by name.
   */
  protected imageSources(): { [image: string]: Image } {
    return {};
  }

  /**
   * The renderer of this target's vendor, for one rendering of the design.
   * @internal
   */
  protected abstract _renderer(design: Design): Renderer;

  /** The four phases: check, place, render, report. */
  private renderDesign(): void {
    const registry = DesignRegistry.of(this);
    const design = new Design(registry, this.imageSources());
    // phase 1: check, the capability table first
    for (const network of design.networks) {
      for (const feature of featuresOfNetwork(network)) this.requireSupport(network.scope, feature);
    }
    for (const vm of design.vms) {
      for (const feature of featuresOfVm(vm, { image: design.imageOf(vm), vendor: this.vendor })) this.requireSupport(vm.scope, feature);
    }
    for (const cluster of design.clusters) {
      const features = featuresOfCluster(cluster, design.membersOf(cluster), design.rulesOf(cluster));
      for (const feature of features) this.requireSupport(cluster.scope, feature);
    }
    for (const pair of design.pairs) {
      for (const feature of featuresOfPair(pair)) this.requireSupport(pair.scope, feature);
    }
    const renderer = this._renderer(design);
    renderer.check(design);
    // phase 2: place
    const placement = renderer.place(design);
    // phase 3: render, hook by hook
    for (const network of design.networks) {
      const rendered = renderer.network(network);
      if (rendered !== undefined) registry.record(network, rendered);
    }
    for (const cluster of design.clusters) {
      const rendered = renderer.cluster(cluster);
      if (rendered !== undefined) registry.record(cluster, rendered);
    }
    for (const vm of design.vms) {
      const disks = vm.disks.map((disk) => renderer.disk(vm, disk));
      registry.record(vm, renderer.vm(vm, disks));
    }
    for (const rule of design.rules) {
      const rendered = renderer.ruleGroup(rule);
      if (rendered !== undefined) registry.record(rule, rendered);
    }
    for (const pair of design.pairs) {
      const rendered = renderer.replicaPair(pair);
      if (rendered !== undefined) registry.record(pair, rendered);
      if (pair.checkpoint === undefined) continue;
      for (const vm of [pair.primary, ...(pair.replica ? [pair.replica] : [])]) renderer.checkpoint(pair, vm);
    }
    // phase 4: report
    for (const pair of design.pairs) writeRunbook(this.stack, pair, renderer.runbook(pair));
    this.writeReports(design, renderer.report(design), placement);
  }

  private writeReports(design: Design, report: string[], placement: Placement): void {
    if (report.length > 0) addReportSection(this.stack, report);
    addTopology(this.stack, describeTopology(design, {
      id: this.node.id,
      label: `${VENDOR_NAMES[this.vendor]} target ${this.node.path}`,
      hostOf: (vm) => placement.hostOf(vm),
      scheduler: placement.scheduler,
      unplaced: placement.unplaced,
    }));
  }

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

