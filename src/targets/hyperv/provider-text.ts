import { IConstruct } from 'constructs';
import { DesignError } from '../../model/errors';
import { Image, ImageKind } from '../../model/image';
import { knownAtSynth, tfText } from '../escaping';

/*
 * Values the hyperv provider writes into the PowerShell it runs on the hosts.
 *
 * The provider (taliesins/hyperv 1.2.1) builds its scripts from Go text templates that put values
 * between single quotes without escaping them: `Get-VM -Name '{{.Name}}*'`, `$path='{{.Path}}'`,
 * `$source='{{.Source}}'`, `Get-VMSwitch -Name '{{.Name}}*'`, and whole resources as JSON,
 * `$vm = '{{.VmJson}}' | ConvertFrom-Json` (Go's JSON leaves quotes as they are). A quote in such a
 * value, ASCII or typographic (PowerShell ends a single-quoted string at ' \u2018 \u2019 \u201a \u201b),
 * ends the string, and the rest runs on the host as administrator. Windows PowerShell reads the
 * provider's script files, UTF-8 without a byte order mark, in the host's ANSI code page, where the
 * bytes of many other characters spell quotes too (U+00D2, bytes C3 92, reads as U+00C3 U+2019): only
 * printable ASCII reaches the host as written.
 *
 * Paths go further: the provider reads and writes the files of `hyperv_iso_image` through
 * `$ExecutionContext.InvokeCommand.ExpandString("{{.FilePath}}")`, a double-quoted string that
 * PowerShell expands (`$(...)` runs, `$name` and backticks are replaced), and passes paths to
 * `Test-Path`, `Get-ChildItem` and `Remove-Item` by `-Path`, which reads `[` and `]` as wildcards
 * (deleting a VHD would then remove files of another folder).
 *
 * Every user string that reaches such an attribute goes through {@link providerText} or
 * {@link providerPath}: refused with a DesignError, or given back as Terraform text.
 */

/** The quotes that end a single-quoted PowerShell string: ASCII and typographic. */
export const PS_SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/;

/** How the provider's single-quoted strings are written. */
const SINGLE_QUOTED = 'the hyperv provider writes it into the PowerShell it runs on the hosts between single quotes without escaping it';

/** What a value may not hold (`path`: only a path), what was found and why it is refused. */
const REFUSED: ReadonlyArray<{ readonly pattern: RegExp; readonly path: boolean; readonly found: (c: string) => string; readonly why: string }> = [
  {
    pattern: PS_SINGLE_QUOTES,
    path: false,
    found: (c) => `a quote (${c})`,
    why: `${SINGLE_QUOTED}, so the quote would end the string and the rest would run on the host`,
  },
  {
    // eslint-disable-next-line no-control-regex
    pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/,
    path: false,
    found: (c) => `a control character (${codePoint(c)})`,
    why: `${SINGLE_QUOTED}, and its scripts cannot carry it`,
  },
  {
    pattern: /[^\u0000-\u007f]/u,
    path: false,
    found: (c) => `a character beyond ASCII (${codePoint(c)})`,
    why: `${SINGLE_QUOTED}, and Windows PowerShell reads the provider's scripts (UTF-8 without a byte order mark) in the host's ANSI `
      + 'code page, where the bytes of such a character are other characters and can spell a quote (U+00D2, bytes C3 92, reads as U+00C3 U+2019, a quote)',
  },
  {
    pattern: /[\t\n\r]/,
    path: true,
    found: (c) => `a line break or tab (${codePoint(c)})`,
    why: 'a path on the hosts is one line of printable characters',
  },
  {
    pattern: /["`]|\$(?!\\|$)/,
    path: true,
    found: (c) => (c === '$' ? 'a $ that does not end a share name' : `a ${c === '"' ? 'double quote' : 'backtick'} (${c})`),
    why: 'the hyperv provider expands the paths of ISO files as double-quoted PowerShell strings (ExpandString), where $name and $(...) '
      + 'are code, a backtick escapes and a double quote ends the string',
  },
  {
    pattern: /[[\]]/,
    path: true,
    found: (c) => `a wildcard bracket (${c})`,
    why: 'the hyperv provider passes paths to Test-Path, Get-ChildItem and Remove-Item by -Path, which reads brackets as wildcards: '
      + 'deleting a disk could remove the files of another folder',
  },
];

const TEXT_ALLOWED = 'printable ASCII (letters, digits, spaces, punctuation, line breaks) without the quote \'';
const PATH_ALLOWED = 'printable ASCII on one line, without \' " ` [ ] and without $ except at the end of a share name (\\\\server\\D$\\VMs)';

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Checks a value the hyperv provider writes into its PowerShell; gives it back. A token is refused:
 * its value would reach the host unchecked.
 *
 * @param scope the construct the value belongs to
 * @param property the property, for messages (`vmDirectory`, `tag "env"`)
 * @param value the value
 * @param path whether the value is (part of) a path on the hosts
 * @param fix the way out
 */
export function checkProviderValue(scope: IConstruct, property: string, value: string, path: boolean, fix?: string): string {
  const way = fix ?? `give the ${property} ${path ? 'as a plain folder or file path' : 'without quotes, in plain ASCII'}`;
  knownAtSynth(scope, `The ${property}`, value, 'the hyperv provider writes it into its PowerShell unescaped, so the library checks it first', way);
  for (const refused of REFUSED) {
    if (refused.path && !path) continue;
    const bad = refused.pattern.exec(value);
    if (bad === null) continue;
    throw new DesignError(scope, {
      problem: `The ${property} holds ${refused.found(bad[0])}: ${refused.why}.`,
      value: JSON.stringify(value),
      allowed: path ? PATH_ALLOWED : TEXT_ALLOWED,
      fix: way,
    });
  }
  return value;
}

/**
 * A user's text as a hyperv provider attribute that the provider writes into PowerShell (a name,
 * the notes): checked, then Terraform text.
 */
export function providerText(scope: IConstruct, property: string, value: string, fix?: string): string;
export function providerText(scope: IConstruct, property: string, value: string | undefined, fix?: string): string | undefined;
export function providerText(scope: IConstruct, property: string, value: string | undefined, fix?: string): string | undefined {
  return value === undefined ? undefined : tfText(scope, property, checkProviderValue(scope, property, value, false, fix));
}

/** Several texts, as {@link providerText}. */
export function providerTexts(scope: IConstruct, property: string, values: string[], fix?: string): string[] {
  return values.map((v) => providerText(scope, property, v, fix));
}

/** A user's path on the hosts as a hyperv provider attribute: checked as a path, then Terraform text. */
export function providerPath(scope: IConstruct, property: string, value: string, fix?: string): string;
export function providerPath(scope: IConstruct, property: string, value: string | undefined, fix?: string): string | undefined;
export function providerPath(scope: IConstruct, property: string, value: string | undefined, fix?: string): string | undefined {
  return value === undefined ? undefined : tfText(scope, property, checkProviderValue(scope, property, value, true, fix));
}

/** The way out for the name of a switch that exists on the hosts. */
export const EXISTING_SWITCH_FIX = 'rename the switch on the hosts (Rename-VMSwitch) to a name in plain ASCII without quotes, and give that name';

/** The way out for the name of the external switch. */
export const EXTERNAL_SWITCH_FIX = 'name the external switch in plain ASCII without quotes (Rename-VMSwitch renames one that exists)';

/** The way out for the names of physical adapters. */
export const ADAPTER_FIX = 'rename the adapter on the hosts (Rename-NetAdapter) to a name in plain ASCII without quotes, and give that name';

/** Checks the target's strings that the provider writes into its PowerShell: its folders, its images' paths, its external switch. */
export function checkTargetStrings(scope: IConstruct, props: {
  readonly vmDirectory?: string;
  readonly imageDirectory?: string;
  readonly images?: { readonly [image: string]: string };
  readonly imageSources?: { readonly [image: string]: Image };
  readonly externalSwitch?: { readonly name?: string; readonly adapters: readonly string[] };
}): void {
  const folder = (property: string, value: string | undefined, example: string) => {
    if (value !== undefined) checkProviderValue(scope, property, value, true, `give ${property} as a plain folder, e.g. ${JSON.stringify(example)}`);
  };
  folder('vmDirectory', props.vmDirectory, 'D:\\Hyper-V');
  folder('imageDirectory', props.imageDirectory, 'D:\\Hyper-V\\Images');
  const images = props.images ?? {};
  for (const [name, path] of Object.entries(images)) {
    checkProviderValue(scope, `images.${name}`, path, true, 'give the full path of the parent VHDX as a plain path, e.g. "D:\\\\Images\\\\ubuntu.vhdx"');
  }
  for (const [name, image] of Object.entries(props.imageSources ?? {})) {
    // a template's name becomes `<imageDirectory>\<name>.vhdx` unless images gives its path
    if (image.kind !== ImageKind.TEMPLATE || Object.prototype.hasOwnProperty.call(images, image.name)) continue;
    checkProviderValue(scope, `imageSources.${name}`, image.name, true, `give the template a plain name, or the path of its parent VHDX in images: { ${JSON.stringify(image.name)}: "D:\\\\Images\\\\x.vhdx" }`);
  }
  if (props.externalSwitch !== undefined) {
    if (props.externalSwitch.name !== undefined) checkProviderValue(scope, 'externalSwitch.name', props.externalSwitch.name, false, EXTERNAL_SWITCH_FIX);
    for (const adapter of props.externalSwitch.adapters) checkProviderValue(scope, 'externalSwitch.adapters', adapter, false, ADAPTER_FIX);
  }
}
