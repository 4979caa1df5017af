import { IConstruct } from 'constructs';
import { DesignError } from '../model/errors';
import { Image } from '../model/image';

/**
 * A target's `imageSources`, checked: every entry an `Image` (a value from JavaScript that is
 * not one is refused, naming its key), copied into an object without a prototype so that no
 * image name reads an inherited property.
 *
 * @param scope the target
 * @param sources the target's prop
 * @param wayOut what the vendor takes, for the message, e.g. `Image.template(name), Image.contentLibrary(library, item) or Image.ovf(url)`
 */
export function checkImageSources(
  scope: IConstruct, sources: { readonly [image: string]: unknown } | undefined, wayOut: string,
): { [image: string]: Image } {
  const checked: { [image: string]: Image } = Object.create(null);
  for (const [name, image] of Object.entries(sources ?? {})) {
    if (!(image instanceof Image)) {
      throw new DesignError(scope, {
        problem: `The imageSources entry ${JSON.stringify(name)} is not an Image.`,
        value: shownValue(image),
        fix: `give an Image for ${JSON.stringify(name)}: ${wayOut}`,
      });
    }
    checked[name] = image;
  }
  return checked;
}

/** A value that should have been an Image, for a message: text quoted, an object by its class. */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return String(value);
  const kind = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof kind === 'string' && kind !== '' && kind !== 'Object' ? `an instance of ${kind}` : 'an object';
}
