import { cdk, javascript } from 'projen';

/** Folders that hold code which is type-checked and linted but never shipped. */
const devDirs = ['test', 'examples', 'projenrc', 'bench'];

const project = new cdk.JsiiProject({
  name: 'cdktf-hypervisor',
  description:
    'One typed virtualization design (VMs, networks, HA clusters, replica pairs, shielded VMs, DRS rules) ' +
    'synthesized to Terraform for VMware vSphere, Microsoft Hyper-V or libvirt/KVM with CDK for Terraform.',
  keywords: ['cdktf', 'terraform', 'vsphere', 'hyper-v', 'libvirt', 'kvm', 'virtualization', 'constructs'],
  author: 'cdktf-hypervisor contributors',
  authorAddress: 'maintainers@cdktf-hypervisor.dev',
  repositoryUrl: 'https://github.com/cdktf-hypervisor/cdktf-hypervisor.git',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  minNodeVersion: '20.9.0',
  jsiiVersion: '~5.9.0',
  typescriptVersion: '~5.9.0',

  // CI is `.ci/run`; nothing is published from here yet.
  github: false,
  release: false,
  depsUpgrade: false,

  peerDeps: ['cdktf@^0.21.0', 'constructs@^10.4.2', '@cdktf/provider-vsphere@^11.2.1'],
  devDeps: [
    '@cdktf/provider-generator@0.21.0',
    '@cdktf/commons@0.21.0',
    'codemaker@^1.0.0',
    'cdktf-cli@0.21.0',
    '@swc/core@^1.7.0',
    '@swc/jest@^0.2.36',
    'fast-check@^4',
  ],

  docgen: true,
  eslintOptions: {
    dirs: ['src'],
    devdirs: devDirs,
    // Generated provider bindings are never edited by hand, so they are not linted either.
    ignorePatterns: ['src/providers/**', 'examples/cdktf.out/**'],
  },
  jestOptions: {
    jestConfig: {
      coveragePathIgnorePatterns: ['/node_modules/', '/src/providers/'],
      coverageReporters: ['text-summary', 'lcov'],
      testPathIgnorePatterns: ['/node_modules/', '/examples/cdktf.out/'],
    },
  },

  npmignoreEnabled: true,
  gitignore: ['cdktf.out/', '.terraform/', '*.tfstate*', '/.gen/', '/.bench/'],
});

// Tests are transpiled by swc, not ts-jest: the generated bindings are ~250k lines and ts-jest
// type-checks all of them on every cold run. Tests, examples and build scripts are type-checked by
// the `typecheck` task instead.
project.jest!.config.transform = { '^.+\\.tsx?$': new javascript.Transform('@swc/jest') };
project.deps.removeDependency('ts-jest');

// jsii never deletes stale files: start every compile from an empty lib/.
project.preCompileTask.exec('node -e "require(\'fs\').rmSync(\'lib\', { recursive: true, force: true })"');

// Everything that is not the compiled library stays out of the package.
for (const pattern of ['/examples/', '/bench/', '/.bench/', '/BENCHMARKS.md', '/provider-schemas/', '/.ci/', '/cdktf.out/', '/coverage/', '/docs/', '*.tsbuildinfo']) {
  project.addPackageIgnore(pattern);
}

// Mark generated bindings as such for diffs and code review.
project.gitattributes.addAttributes('/src/providers/**', 'linguist-generated');

project.addTask('generate:providers', {
  description: 'Regenerate the hyperv and libvirt bindings in src/providers from provider-schemas/',
  exec: 'ts-node --swc projenrc/generate-providers.ts',
});

project.addTask('docs:matrix', {
  description: 'Write the capability matrix, generated from the targets, into README.md',
  exec: 'ts-node --swc projenrc/capability-matrix.ts',
});

project.addTask('fuzz', {
  description: 'Build and synthesize 10,000 random designs into output folders; fails on any exception but a DesignError, output that breaks a provider schema, a user string that becomes code, or output that differs between two synths',
  exec: 'ts-node --swc test/fuzz/run.ts',
  receiveArgs: true,
});

const typecheck = project.addTask('typecheck', {
  description: 'Type-check tests, examples and build scripts (jest transpiles them without checking)',
  exec: [
    'tsc --noEmit -p test/tsconfig.json',
    'tsc --noEmit -p examples/tsconfig.json',
    'tsc --noEmit -p projenrc/tsconfig.json',
    'tsc --noEmit -p bench/tsconfig.json',
  ].join(' && '),
});

project.addTask('bench', {
  description: 'Time the library against hand-written cdktf programs at 100, 1,000 and 10,000 VMs, and the placement engine; writes BENCHMARKS.md (build first)',
  exec: 'ts-node --swc bench/run.ts',
  receiveArgs: true,
  env: { CHECKPOINT_DISABLE: '1' },
});

project.addTask('synth', {
  description: 'Synthesize the example design for every vendor into examples/cdktf.out',
  cwd: 'examples',
  exec: 'cdktf synth --output cdktf.out',
  env: { CHECKPOINT_DISABLE: '1' },
});

project.testTask.prependSpawn(typecheck);

project.synth();
