import { IConstruct } from 'constructs';
import { Fn, IResolvable, Token, propertyAccess } from '../core';
import { DesignError } from '../model/errors';
import { RenderedElement } from '../model/target-contract';

/*
 * What every vendor's attributes share: attributes made when first read, an element of a list
 * that may still be empty, and an attribute the provider cannot give, which fails when it is used.
 */

/**
 * The attributes of a rendered element, each produced when first read and kept: a token of a
 * resource's attribute captures a stack trace when it is made, and most attributes of a design's
 * elements are never read.
 */
export function lazyAttributes(producers: { readonly [name: string]: (() => unknown) | undefined }): RenderedElement['attributes'] {
  const attributes = {};
  for (const [name, produce] of Object.entries(producers)) {
    if (produce === undefined) continue;
    let value: unknown;
    let produced = false;
    Object.defineProperty(attributes, name, {
      enumerable: true,
      get: () => {
        if (!produced) {
          value = produce();
          produced = true;
        }
        return value;
      },
    });
  }
  return attributes;
}

/** The element at an index of a list expression, or "" while the list is shorter (an address not yet known). */
export function elementOrEmpty(list: IResolvable | string[], index: number): string {
  return Token.asString(Fn.try([propertyAccess(list, [index]), '']));
}

/**
 * An attribute the provider does not give: a token that fails the synth with a `DesignError` when it
 * is used (and only then).
 */
export function unavailable(scope: IConstruct, problem: string, fix: string): string {
  return Token.asString({
    creationStack: [],
    resolve: () => {
      throw new DesignError(scope, { problem, fix });
    },
  });
}
