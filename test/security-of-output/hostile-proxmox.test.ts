import { describeHostileStrings } from './sinks';
import { Vendor } from '../../src';

// The hostile-string corpus through every user string property on Proxmox VE, one test per sink.
describeHostileStrings(Vendor.PROXMOX);
