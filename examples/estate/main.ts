/**
 * Entry point of the estate example app (see app.ts):
 *
 *   npm run synth        (or `cdktf synth` in this folder)
 *
 * writes cdktf.out/stacks/{vsphere,hyperv,libvirt}/cdk.tf.json in this folder.
 */
import { buildEstateApp } from './app';
import { DesignError } from '../../src';

try {
  buildEstateApp().synth();
} catch (e) {
  if (!DesignError.isDesignError(e)) throw e;
  // A design mistake is reported as its message alone. `cdktf synth` echoes an app's stderr twice
  // (as it streams, and again in its summary) and its stdout once, so the message goes to stdout.
  process.stdout.write(`${(e as DesignError).message}\n`);
  process.exitCode = 1;
}
