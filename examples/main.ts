/**
 * Entry point of the example app (see app.ts):
 *
 *   npm run synth        (or `cdktf synth` in this folder)
 *
 * writes cdktf.out/stacks/{vsphere,hyperv,libvirt}/cdk.tf.json.
 */
import { buildExampleApp } from './app';

buildExampleApp().synth();
