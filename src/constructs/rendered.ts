import { IConstruct } from 'constructs';
import { Lazy } from '../core';
import { DesignError } from '../model/errors';
import { DesignNode, DesignRegistry, ITarget, RenderedElement } from '../model/target-contract';

/*
 * What a design construct exposes of its rendering: its attributes as tokens, usable before synth
 * (they resolve to the rendered resources' attributes when the stack is synthesized), and its main
 * vendor resource as `node.defaultChild` (reading it renders the target's design).
 */

/** What a construct's rendering was asked for by, for the message about an element added later. */
function reason(construct: IConstruct, what: string): string {
  return `when ${what} of ${construct.node.path} was read`;
}

/** The rendering of an element; fails if its target rendered nothing for it. */
export function renderedOf(construct: IConstruct, target: ITarget, node: DesignNode, what: string): RenderedElement {
  const rendered = DesignRegistry.of(target).renderedOf(node, reason(construct, what));
  if (rendered === undefined) {
    throw new DesignError(construct, {
      problem: `Target ${target.node.path} (${target.providerLabel}) renders no resource for this element, so it has no ${what}.`,
      fix: 'read the resources of the constructs the element is rendered into',
    });
  }
  return rendered;
}

/** A string attribute of an element as a token that resolves to the rendered attribute. */
export function stringAttribute(construct: IConstruct, target: ITarget, node: DesignNode, name: string, pick?: (value: any) => any): string {
  return Lazy.stringValue({
    produce: () => {
      const value = renderedOf(construct, target, node, name).attributes[name];
      return pick === undefined ? value : pick(value);
    },
  });
}

/** A list attribute of an element as a token that resolves to the rendered attribute. */
export function listAttribute(construct: IConstruct, target: ITarget, node: DesignNode, name: string): string[] {
  return Lazy.listValue({ produce: () => renderedOf(construct, target, node, name).attributes[name] });
}

/**
 * Makes a construct's `node.defaultChild` its element's main rendered resource. The resource is
 * created when the target renders, so reading `defaultChild` renders the target's design: every
 * construct of the target must exist by then.
 */
export function exposeDefaultChild(construct: IConstruct, target: ITarget, node: DesignNode): void {
  let assigned: IConstruct | undefined;
  Object.defineProperty(construct.node, 'defaultChild', {
    configurable: true,
    enumerable: false,
    get: () => assigned ?? renderedOf(construct, target, node, 'node.defaultChild').main,
    set: (value: IConstruct | undefined) => {
      assigned = value;
    },
  });
}
