import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '..', 'src');

interface Finding {
  readonly where: string;
  readonly problem: string;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

function jsDocs(node: ts.Node): ts.JSDoc[] {
  return ((node as any).jsDoc ?? []) as ts.JSDoc[];
}

function hasTag(node: ts.Node, tag: string): boolean {
  return jsDocs(node).some((d) => (d.tags ?? []).some((t) => t.tagName.text === tag));
}

function summary(node: ts.Node): string {
  return jsDocs(node).map((d) => (typeof d.comment === 'string' ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? '')).join('').trim();
}

function isHidden(member: ts.ClassElement | ts.TypeElement): boolean {
  const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
  const name = member.name && ts.isIdentifier(member.name) ? member.name.text : '';
  return modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) || name.startsWith('_') || hasTag(member, 'internal');
}

/** The declarations `src/index.ts` exports, by name, with the file they live in. */
function exportedDeclarations(): Array<{ name: string; node: ts.Node; file: string }> {
  const index = parse(path.join(SRC, 'index.ts'));
  const out: Array<{ name: string; node: ts.Node; file: string }> = [];
  for (const stmt of index.statements) {
    if (!ts.isExportDeclaration(stmt) || !stmt.moduleSpecifier || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const file = path.join(SRC, `${stmt.moduleSpecifier.text}.ts`);
    const module = parse(file);
    const names = stmt.exportClause && ts.isNamedExports(stmt.exportClause)
      ? stmt.exportClause.elements.map((e) => e.name.text)
      : undefined;
    for (const decl of module.statements) {
      const declName = (decl as any).name?.text as string | undefined;
      const exported = ts.canHaveModifiers(decl) && (ts.getModifiers(decl) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (declName && exported && (names === undefined || names.includes(declName))) {
        out.push({ name: declName, node: decl, file: path.relative(SRC, file) });
      }
    }
  }
  return out;
}

function check(): { findings: Finding[]; checked: string[] } {
  const findings: Finding[] = [];
  const checked: string[] = [];
  const need = (node: ts.Node, where: string) => {
    checked.push(where);
    if (summary(node) === '' && !hasTag(node, 'param')) findings.push({ where, problem: 'no TSDoc' });
  };
  for (const { name, node, file } of exportedDeclarations()) {
    const where = `${file}: ${name}`;
    need(node, where);
    if (ts.isClassDeclaration(node)) {
      for (const member of node.members) {
        if (isHidden(member) || ts.isClassStaticBlockDeclaration(member)) continue;
        const memberName = ts.isConstructorDeclaration(member) ? 'constructor' : member.name?.getText() ?? '?';
        if (ts.isConstructorDeclaration(member) && (ts.getModifiers(member) ?? []).some((m) => m.kind !== ts.SyntaxKind.PublicKeyword)) continue;
        need(member, `${where}.${memberName}`);
      }
    } else if (ts.isInterfaceDeclaration(node)) {
      for (const member of node.members) {
        if (isHidden(member)) continue;
        const memberWhere = `${where}.${member.name?.getText() ?? '?'}`;
        need(member, memberWhere);
        if (ts.isPropertySignature(member) && member.questionToken && !hasTag(member, 'default')) {
          findings.push({ where: memberWhere, problem: 'optional property without @default' });
        }
      }
    } else if (ts.isEnumDeclaration(node)) {
      for (const member of node.members) need(member, `${where}.${member.name.getText()}`);
    }
  }
  return { findings, checked };
}

describe('public API documentation', () => {
  test('every exported type and public member has TSDoc, every optional property a @default', () => {
    const { findings, checked } = check();
    expect(checked).toEqual(expect.arrayContaining([
      'targets/vsphere/vsphere-target.ts: VsphereTarget',
      'targets/hyperv/hyperv-target.ts: HypervTargetProps.hosts',
      'targets/libvirt/libvirt-target.ts: LibvirtTarget.providerFor',
    ]));
    expect(findings).toEqual([]);
  });

  test('API.md documents the three targets', () => {
    const api = fs.readFileSync(path.resolve(__dirname, '..', 'API.md'), 'utf8');
    for (const name of ['VsphereTarget', 'HypervTarget', 'LibvirtTarget', 'Credentials']) {
      expect(api).toContain(`### ${name} <a name="${name}"`);
    }
  });
});
