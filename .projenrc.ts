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
  // zlib.crc32 (the ISO and zip writers) arrived in Node.js 20.15
  minNodeVersion: '20.15.0',
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
    ignorePatterns: ['src/providers/**', 'examples/cdktf.out/**', 'examples/estate/cdktf.out/**', 'consumer/**'],
    // lint results of unchanged files are kept in .eslintcache (CI starts without it)
    commandOptions: { extraArgs: ['--cache'] },
  },
  jestOptions: {
    jestConfig: {
      // coverage is `npm run test:coverage`: collecting it on every run makes `npm test` slower by half
      collectCoverage: false,
      // generating the provider bindings takes about 5 s alone; on a busy machine more than jest's 5 s default
      testTimeout: 30_000,
      // one worker per core: the tests are CPU-bound, and jest's default leaves a core idle (one
      // worker on a 2-core machine)
      maxWorkers: '100%',
      coveragePathIgnorePatterns: ['/node_modules/', '/src/providers/'],
      coverageReporters: ['text-summary', 'lcov'],
      testPathIgnorePatterns: ['/node_modules/', '/examples/cdktf.out/', '/examples/estate/cdktf.out/'],
    },
  },

  npmignoreEnabled: true,
  gitignore: [
    'cdktf.out/', '.terraform/', '*.tfstate*', '/.gen/', '/.bench/',
    // the consumer project is installed and synthesized by consumer/run.sh in a copy; its placement
    // lock is committed, as a user's project commits it
    '/consumer/node_modules/',
  ],
});

// Tests are transpiled by swc, not ts-jest: the generated bindings are ~250k lines and ts-jest
// type-checks all of them on every cold run. Tests, examples and build scripts are type-checked by
// the `typecheck` task instead.
project.jest!.config.transform = { '^.+\\.tsx?$': new javascript.Transform('@swc/jest') };
project.deps.removeDependency('ts-jest');

// jsii never deletes stale files: start every compile from an empty lib/.
project.preCompileTask.exec('node -e "require(\'fs\').rmSync(\'lib\', { recursive: true, force: true })"');

// Everything that is not the compiled library stays out of the package.
for (const pattern of ['/examples/', '/bench/', '/.bench/', '/BENCHMARKS.md', '/provider-schemas/', '/.ci/', '/cdktf.out/', '/coverage/', '/docs/', '*.tsbuildinfo', '/consumer/', '/tsconfig.dev.json', '/.cache/', '/.eslintcache']) {
  project.addPackageIgnore(pattern);
}

// Mark generated bindings as such for diffs and code review.
project.gitattributes.addAttributes('/src/providers/**', 'linguist-generated');

project.addTask('generate:providers', {
  description: 'Regenerate the hyperv, libvirt, proxmox and xenorchestra bindings in src/providers from provider-schemas/',
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

// One program for tests, examples, build scripts and benchmarks (tsconfig.dev.json): each of them
// imports src/ and its ~250k lines of generated bindings, which four programs checked four times.
// Unchanged files are not checked again (.cache/typecheck.tsbuildinfo).
const typecheck = project.addTask('typecheck', {
  description: 'Type-check tests, examples, build scripts and benchmarks (jest transpiles them without checking)',
  exec: 'tsc -p tsconfig.dev.json',
});

project.addTask('test:coverage', {
  description: 'Run the tests with a coverage report in coverage/',
  exec: 'jest --passWithNoTests --coverage',
  receiveArgs: true,
  env: { TF_CLI_CONFIG_FILE: '' },
});

project.addTask('bench', {
  description: 'Time the library against the fastest hand-written cdktf programs and the JSON floor at 1,000 and 10,000 VMs per vendor, and the placement engine; writes BENCHMARKS.md (compiles first when src changed)',
  exec: 'ts-node --swc bench/run.ts',
  receiveArgs: true,
  env: { CHECKPOINT_DISABLE: '1' },
});

const synth = project.addTask('synth', {
  description: 'Synthesize the example apps for every vendor: examples/cdktf.out and examples/estate/cdktf.out',
  // cdktf synth runs `terraform version` and prints its warnings as [ERROR] lines: a
  // TF_CLI_CONFIG_FILE naming a file that does not exist is one. Synthesis reads no Terraform CLI
  // configuration, so the task clears the variable (Terraform then reads ~/.terraformrc, if any).
  env: { CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '' },
});
synth.exec('cdktf synth --output cdktf.out', { cwd: 'examples', name: 'the shop example' });
synth.exec('cdktf synth --output cdktf.out', { cwd: 'examples/estate', name: 'the estate example' });

project.testTask.prependSpawn(typecheck);
// The binding generator (test/provider-bindings.test.ts) runs `terraform version` when loaded: see
// the synth task. Inside jest, clearing the variable from the test does not reach that process.
project.testTask.env('TF_CLI_CONFIG_FILE', '');

// Benchmarks import the compiled library (../lib), which a fresh clone has not built yet:
// tsconfig.dev.json and bench/tsconfig.json resolve those imports to src/ then, and tsc (not the
// import plugin) reports imports that resolve nowhere.
project.eslint!.addOverride({ files: ['bench/**/*.ts'], rules: { 'import/no-unresolved': 'off' } });

// Constructs and the model know a target only by its interface (ITarget, and the design registry
// its elements are added to); what a vendor renders stays in src/targets. The security baseline
// reaches the rendering only to render a stack's targets first and to write its report.
project.eslint!.addRules({
  'import/no-restricted-paths': ['error', {
    zones: [
      { target: './src/constructs', from: './src/targets', message: 'constructs use a target through ITarget (src/model/target.ts) and its design registry (src/model/target-contract.ts)' },
      { target: './src/model', from: './src/targets', message: 'the model is vendor-neutral: vendor facts belong to src/targets' },
      {
        target: './src/security',
        from: './src/targets',
        except: ['./target.ts', './report.ts'],
        message: 'the security baseline uses only Target (to render a stack\'s targets) and the report writer',
      },
    ],
  }],
});

project.synth();
