import { IConstruct } from 'constructs';
import { ClusterNode, NetworkNode, PairNode, RuleNode, VmNode } from './design';
import { DesignError } from './errors';
import { ITarget } from './target';
import { TerraformElement } from '../core';

/** A design element as a target renders it. */
export type DesignNode = NetworkNode | VmNode | ClusterNode | RuleNode | PairNode;

/** The kinds of design element, with the words messages use for them. */
export type DesignKind = 'network' | 'VM' | 'cluster' | 'rule group' | 'replica pair';

/** What rendering made of one design element: its resources, by role, and its attributes. */
export interface RenderedElement {
  /** The element's main vendor resource: its construct's `node.defaultChild`. */
  readonly main: TerraformElement;
  /** Every resource and data source rendered for the element, by its role (`virtualMachine`, `osDisk`, ...). */
  readonly resources: { readonly [role: string]: TerraformElement };
  /** Terraform expressions of the element's attributes, by name (`id`, `primaryIpv4`, ...). */
  readonly attributes: { readonly [name: string]: any };
}

/** The attribute a VM's construct notes as wanted when its IP addresses are read. */
export const ADDRESSES = 'addresses';

/** The attribute a VM's construct notes as wanted when a NIC's MAC address is read. */
export const MAC_ADDRESSES = 'macAddresses';

/** The phases of a target's life: open to new elements, rendering them, rendered. */
type Phase = 'open' | 'rendering' | 'rendered';

const registries = new WeakMap<IConstruct, DesignRegistry>();

/**
 * The elements of a design given to one target, and what the target rendered of them. Constructs
 * add their elements; the target renders them once, when its stack is synthesized or when a
 * construct's rendered resources are first asked for.
 */
export class DesignRegistry {
  /** The registry of a target. */
  public static of(target: ITarget): DesignRegistry {
    let registry = registries.get(target);
    if (registry === undefined) {
      registry = new DesignRegistry(target);
      registries.set(target, registry);
    }
    return registry;
  }

  public readonly networks: NetworkNode[] = [];
  public readonly vms: VmNode[] = [];
  public readonly clusters: ClusterNode[] = [];
  public readonly rules: RuleNode[] = [];
  public readonly pairs: PairNode[] = [];

  private phase: Phase = 'open';
  /** What first made the target render, for the message about a late element. */
  private renderedBy = '';
  private renderer?: () => void;
  private failure?: unknown;
  private readonly names = new Map<DesignKind, Set<string>>();
  private readonly rendered = new Map<DesignNode, RenderedElement>();
  private readonly wanted = new Map<DesignNode, Set<string>>();

  private constructor(private readonly target: ITarget) {}

  /** Adds a network; fails once the target has rendered, or when the name is taken. */
  public addNetwork(node: NetworkNode): void {
    this.admit(node, 'network');
    this.networks.push(node);
  }

  /** Adds a VM; fails once the target has rendered, or when the name is taken. */
  public addVm(node: VmNode): void {
    this.admit(node, 'VM');
    this.vms.push(node);
  }

  /** Adds an HA cluster; fails once the target has rendered, or when the name is taken. */
  public addCluster(node: ClusterNode): void {
    this.admit(node, 'cluster');
    this.clusters.push(node);
  }

  /** Adds a DRS rule group; fails once the target has rendered, or when the name is taken. */
  public addRule(node: RuleNode): void {
    this.admit(node, 'rule group');
    this.rules.push(node);
  }

  /** Adds a replica pair; fails once the target has rendered, or when the name is taken. */
  public addPair(node: PairNode): void {
    this.admit(node, 'replica pair');
    this.pairs.push(node);
  }

  /** Whether the target has started rendering. */
  public get closed(): boolean {
    return this.phase !== 'open';
  }

  /** Sets how the target renders its design; called once by the target. */
  public renderWith(renderer: () => void): void {
    this.renderer = renderer;
  }

  /**
   * Renders the design unless it is rendered already.
   *
   * @param reason what asks for the rendering, for the message about an element added later
   */
  public render(reason: string): void {
    // a rendering that failed left part of the design rendered: every later attempt fails the same way
    if (this.failure !== undefined) throw this.failure;
    if (this.phase !== 'open') return;
    this.phase = 'rendering';
    this.renderedBy = reason;
    try {
      this.renderer?.();
    } catch (e) {
      this.failure = e;
      throw e;
    }
    this.phase = 'rendered';
  }

  /** Records what the target rendered for an element. */
  public record(node: DesignNode, element: RenderedElement): void {
    this.rendered.set(node, element);
  }

  /**
   * What the target rendered for an element, rendering the design first if it has not been.
   *
   * @param node the element
   * @param reason what asks, should the design be rendered now
   */
  public renderedOf(node: DesignNode, reason: string): RenderedElement | undefined {
    this.render(reason);
    return this.rendered.get(node);
  }

  /**
   * Notes that an attribute of an element is used, for attributes a renderer adds resources or
   * settings for (a VM's addresses: the provider's wait for them, or a data source reading them).
   * Fails once the target has rendered, when that is too late.
   *
   * @param node the element
   * @param attribute the attribute's name, as renderers ask for it
   * @param readAs the property read, for the message
   */
  public want(node: DesignNode, attribute: string, readAs: string = attribute): void {
    const wanted = this.wanted.get(node);
    if (wanted?.has(attribute)) return;
    if (this.phase !== 'open') {
      throw new DesignError(node.scope, {
        problem: `${readAs} was first read after the target ${this.target.node.path} rendered the design (${this.renderedBy}); the rendering reads addresses only for VMs whose addresses are used.`,
        fix: `read ${readAs} while building the design, before the app is synthesized`,
      });
    }
    if (wanted === undefined) this.wanted.set(node, new Set([attribute]));
    else wanted.add(attribute);
  }

  /** Whether an attribute of an element is used (see `want`). */
  public wants(node: DesignNode, attribute: string): boolean {
    return this.wanted.get(node)?.has(attribute) ?? false;
  }

  private admit(node: DesignNode, kind: DesignKind): void {
    if (this.phase !== 'open') {
      throw new DesignError(node.scope, {
        problem: `The ${kind} was created after its target ${this.target.node.path} rendered the design (${this.renderedBy}), so it would not be rendered.`,
        fix: 'create every construct of a target before the app is synthesized and before reading rendered resources (node.defaultChild, resourcesOf); attributes such as vm.id can be read at any time',
      });
    }
    let names = this.names.get(kind);
    if (names === undefined) {
      names = new Set();
      this.names.set(kind, names);
    }
    const name = node.name;
    if (names.has(name.toLowerCase())) {
      throw new DesignError(node.scope, {
        problem: `The target already has a ${kind} named "${name}".`,
        value: JSON.stringify(name),
        fix: `give every ${kind} of a target its own name (the name prop)`,
      });
    }
    names.add(name.toLowerCase());
  }
}

export type { ITarget };
