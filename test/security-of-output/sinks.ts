import {
  HOSTILE, Outcome, hasPair, PROPERTIES, foreignExpressions, markdownSkeleton, mermaidSkeleton, powershellSkeleton, scriptsOf, stringsOf,
  synthesize, templateLiteral, unzipStored,
} from './hostile';
import { Vendor } from '../../src';

/*
 * Every user string property of every construct and target, on every vendor, given each hostile
 * string: the synth ends in a DesignError, or in output where the string is inert. One test per
 * sink and vendor; each compares the hostile output with the output of the benign design.
 */

/** Words as `w`: what is left is the structure a reader sees. */
const words = (text: string) => text.replace(/[A-Za-z0-9_.:-]+/g, 'w');
/** Characters no text file of the library may hold: controls (but the line feed), separators, direction overrides. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const text = (o: Outcome, name: string) => o.files!.get(name)?.toString('utf8');
const config = (o: Outcome) => JSON.parse(text(o, 'cdk.tf.json')!);
const named = (o: Outcome, pattern: RegExp) => [...o.files!.keys()].filter((f) => pattern.test(f)).sort();

/** The sink tests of one vendor (one test file per vendor, so that they run in parallel). */
export function describeHostileStrings(vendor: Vendor): void {
  describe(`hostile strings on ${vendor}`, () => {
    const properties = Object.keys(PROPERTIES[vendor]);
    const benign = synthesize(vendor, 'none', '');
    /** Outcome of each property and hostile value, synthesized once. */
    const outcomes: Array<{ property: string; value: string; outcome: Outcome }> = [];
    beforeAll(() => {
      for (const property of properties) {
        for (const value of HOSTILE) outcomes.push({ property, value, outcome: synthesize(vendor, property, value) });
      }
    });
    const synthesized = () => outcomes.filter((o) => o.outcome.files !== undefined);
    const label = (o: { property: string; value: string }) => `${o.property} = ${JSON.stringify(o.value.slice(0, 40))}`;

    test('the benign design synthesizes', () => {
      expect(benign.error).toBeUndefined();
      expect(scriptsOf(config(benign)).size).toBeGreaterThan(vendor === Vendor.HYPERV ? 5 : -1);
    });

    test('every case ends in a DesignError that shows no cdktf token marker, or in output', () => {
      expect(outcomes).toHaveLength(properties.length * HOSTILE.length);
      for (const { outcome } of outcomes) {
      // the corpus's own marker text may be quoted back; no real token's marker is shown
        if (outcome.error !== undefined) expect(outcome.error.message).not.toMatch(/TfToken\[TOKEN\.(?!99999\])\d+\]/);
      }
      // some hostile values reach the output on every vendor: the sinks below are exercised
      expect(synthesized().length).toBeGreaterThan(20);
    });

    test('Terraform JSON: every ${ and %{ is escaped or a reference the library made', () => {
      for (const o of [{ property: 'none', value: '', outcome: benign }, ...synthesized()]) {
        const foreign = stringsOf(config(o.outcome)).flatMap((s) => foreignExpressions(s).filter((e) => !isLibraryCall(e)));
        expect([label(o), foreign]).toEqual([label(o), []]);
      }
    });

    test('PowerShell: a value appears only inside single-quoted literals, and each script parses as with the benign value', () => {
      const expected = new Map([...scriptsOf(config(benign))].map(([name, s]) => [name, words(powershellSkeleton(s).skeleton)]));
      for (const o of synthesized()) {
        const scripts = scriptsOf(config(o.outcome));
        expect([label(o), [...scripts.keys()].sort()]).toEqual([label(o), [...expected.keys()].sort()]);
        for (const [name, script] of scripts) {
          expect([label(o), name, words(powershellSkeleton(script).skeleton)]).toEqual([label(o), name, expected.get(name)]);
        }
      }
    });

    test('cloud-init: the user data and network config the guest gets are the text given', () => {
      const cases = synthesized().filter((o) => o.property === 'guestInit.userData' || o.property === 'guestInit.networkConfig');
      expect(cases.length).toBeGreaterThan(HOSTILE.length);
      for (const o of cases) {
        const docs = cloudInitOfWeb1(vendor, o.outcome);
        expect(docs[o.property === 'guestInit.userData' ? 'userData' : 'networkConfig']).toBe(o.value);
      }
    });

    test('guest PowerShell: each Windows customization script parses as with the benign value', () => {
      const expected = guestScriptsOf(benign);
      // the emulated Windows customization (Hyper-V, libvirt, Proxmox VE) writes scripts; vSphere customizes natively
      expect(expected.size).toBeGreaterThan(vendor === Vendor.VSPHERE || PROPERTIES[vendor]['windows.computerName'] === undefined ? -1 : 0);
      const skeletons = (scripts: Map<string, string>) => new Map([...scripts].map(([name, s]) => [name, words(powershellSkeleton(s).skeleton)]));
      const benignSkeletons = skeletons(expected);
      for (const o of synthesized()) {
        const scripts = skeletons(guestScriptsOf(o.outcome));
        expect([label(o), [...scripts.keys()].sort()]).toEqual([label(o), [...benignSkeletons.keys()].sort()]);
        for (const [name, skeleton] of scripts) expect([label(o), name, skeleton]).toEqual([label(o), name, benignSkeletons.get(name)]);
      }
    });

    test('domain XML: tags stay text and attribute values, and the metadata has the benign structure', () => {
      const expected = metadataOf(benign);
      expect(expected.size).toBeGreaterThan(vendor === Vendor.LIBVIRT ? 0 : -1);
      for (const o of synthesized()) {
        const metadata = metadataOf(o.outcome);
        expect([label(o), [...metadata.keys()].sort()]).toEqual([label(o), [...expected.keys()].sort()]);
        for (const [name, xml] of metadata) {
          expect([label(o), name, xmlSkeleton(xml), NOT_XML_TEXT.test(xml)]).toEqual([label(o), name, xmlSkeleton(expected.get(name)!), false]);
        }
      }
    });

    test('diagram: labels hold the values, and the diagram has the benign structure', () => {
      const expected = mermaidSkeleton(text(benign, 'topology.mmd')!);
      for (const o of synthesized()) {
        const mmd = text(o.outcome, 'topology.mmd')!;
        expect([label(o), INVISIBLE.test(mmd)]).toEqual([label(o), false]);
        expect([label(o), mermaidSkeleton(mmd)]).toEqual([label(o), expected]);
        for (const l of mmd.match(/"[^"\n]*"/g) ?? []) expect(l.slice(1, -1)).not.toMatch(/[<>`]/);
      }
    });

    test('runbook: values stay in code spans, and the runbook has the benign structure', () => {
      const runbooks = named(benign, /^runbook-.*\.md$/);
      // one replica pair, where the target renders pairs
      const pairs = hasPair(vendor) ? 1 : 0;
      expect(runbooks).toHaveLength(pairs);
      const expected = pairs === 0 ? '' : words(markdownSkeleton(text(benign, runbooks[0])!));
      for (const o of synthesized()) {
        const files = named(o.outcome, /^runbook-.*\.md$/);
        expect(files).toHaveLength(pairs);
        if (pairs === 0) continue;
        const md = text(o.outcome, files[0])!;
        expect([label(o), INVISIBLE.test(md)]).toEqual([label(o), false]);
        expect([label(o), words(markdownSkeleton(md))]).toEqual([label(o), expected]);
      }
    });

    test('placement report: one value never spans lines nor hides characters', () => {
      const expected = text(benign, 'placement.txt')!.split('\n').length;
      for (const o of synthesized()) {
        const report = text(o.outcome, 'placement.txt')!;
        expect([label(o), INVISIBLE.test(report), report.split('\n').length]).toEqual([label(o), false, expected]);
      }
    });
  });
}

/**
 * `file("...")` and `base64encode("...")` calls the library writes, whose quoted arguments hold only library references, and
 * `base64encode(var.x)` of a sensitive variable (a guest password written at apply), and the
 * `length(self.vms) == 1` of the postcondition of a Proxmox VE template lookup.
 */
function isLibraryCall(expression: string): boolean {
  if (/^base64encode\(var\.[A-Za-z0-9_-]+\)$/.test(expression)) return true;
  // the postcondition of a Proxmox VE template lookup: exactly one template of the name
  if (/^length\(self\.vms\) == 1$/.test(expression)) return true;
  const m = /^(file|base64encode)\("((?:[^"\\]|\\.)*)"\)$/.exec(expression);
  return m !== null && foreignExpressions(m[2]).length === 0;
}

/** The cloud-init documents VM web1 gets, read back from where each vendor puts them. */
function cloudInitOfWeb1(vendor: Vendor, o: Outcome): { userData?: string; networkConfig?: string } {
  const cfg = JSON.parse(o.files!.get('cdk.tf.json')!.toString('utf8'));
  if (vendor === Vendor.HYPERV) {
    const zip = [...o.files!.entries()].find(([name]) => /web1_CloudInitData/.test(name))![1];
    const files = unzipStored(zip);
    return { userData: files.get('user-data'), networkConfig: files.get('network-config') };
  }
  if (vendor === Vendor.LIBVIRT) {
    const disk = Object.values<any>(cfg.resource.libvirt_cloudinit_disk).find((d) => /^web1-cidata$/.test(d.name));
    return { userData: templateLiteral(disk.user_data), networkConfig: templateLiteral(disk.network_config) };
  }
  if (vendor === Vendor.PROXMOX) {
    // the snippets of web1, on the node it is placed on first (each node's copy is the same text)
    const files = Object.entries<any>(cfg.resource.proxmox_virtual_environment_file).filter(([name]) => /^web1/i.test(name));
    const doc = (kind: string) => {
      const raw = files.map(([, f]) => f.source_raw?.[0] ?? f.source_raw).find((r) => r.file_name.endsWith(`.${kind}.yaml`));
      return raw === undefined ? undefined : templateLiteral(raw.data);
    };
    return { userData: doc('user-data'), networkConfig: doc('network-data') };
  }
  const vm = Object.values<any>(cfg.resource.vsphere_virtual_machine).find((v) => v.name === 'web1');
  const decode = (b: string) => Buffer.from(b, 'base64').toString('utf8');
  const meta = JSON.parse(decode(vm.extra_config['guestinfo.metadata']));
  return { userData: decode(vm.extra_config['guestinfo.userdata']), networkConfig: decode(meta.network) };
}

/** Characters an XML text may not hold: a `&` that starts no entity, and controls XML 1.0 has no place for. */
// eslint-disable-next-line no-control-regex
const NOT_XML_TEXT = /&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** An XML text with attribute values as `"v"` and character data as `t`: its elements and attributes. */
function xmlSkeleton(xml: string): string {
  return xml.replace(/"[^"]*"/g, '"v"').replace(/>[^<]+</g, '>t<');
}

/** The `metadata` XML of each libvirt domain, by domain, as libvirt receives it. */
function metadataOf(o: Outcome): Map<string, string> {
  const cfg = JSON.parse(o.files!.get('cdk.tf.json')!.toString('utf8'));
  const out = new Map<string, string>();
  for (const [name, domain] of Object.entries<any>(cfg.resource?.libvirt_domain ?? {})) {
    if (domain.metadata !== undefined) out.set(name, stringsOf(domain.metadata).map(templateLiteral).join(''));
  }
  return out;
}

/**
 * The PowerShell scripts the guests run at first boot (the files of `write_files` in the cloud-init
 * user data, on Hyper-V's cidata archives and libvirt's cloud-init disks), by VM and path.
 */
function guestScriptsOf(o: Outcome): Map<string, string> {
  const documents: Array<[string, string]> = [];
  for (const [file, content] of o.files!) {
    const vm = /^assets\/([A-Za-z0-9]+)_CloudInitData_/.exec(file)?.[1];
    const userData = vm === undefined ? undefined : unzipStored(content).get('user-data');
    if (userData !== undefined) documents.push([vm!, userData]);
  }
  const cfg = JSON.parse(o.files!.get('cdk.tf.json')!.toString('utf8'));
  for (const [name, disk] of Object.entries<any>(cfg.resource?.libvirt_cloudinit_disk ?? {})) {
    if (typeof disk.user_data === 'string') documents.push([name, templateLiteral(disk.user_data)]);
  }
  // Proxmox VE: the user-data snippets
  for (const [name, file] of Object.entries<any>(cfg.resource?.proxmox_virtual_environment_file ?? {})) {
    const raw = file.source_raw?.[0] ?? file.source_raw;
    if (typeof raw?.file_name === 'string' && raw.file_name.endsWith('.user-data.yaml')) documents.push([name, templateLiteral(raw.data)]);
  }
  const scripts = new Map<string, string>();
  for (const [vm, userData] of documents) {
    let doc: any;
    try {
      doc = JSON.parse(userData.replace(/^#cloud-config\n/, ''));
    } catch {
      // user data the design gave as it is (checked by the cloud-init test)
      continue;
    }
    for (const f of doc.write_files ?? []) {
      if (!/\.ps1$/i.test(f.path)) continue;
      scripts.set(`${vm} ${f.path}`, f.encoding === 'b64' ? Buffer.from(f.content, 'base64').toString('utf8') : f.content);
    }
  }
  return scripts;
}
