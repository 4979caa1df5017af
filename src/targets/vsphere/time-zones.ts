import { VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';

/*
 * Windows time zones as vSphere's guest customization takes them: sysprep's numeric index
 * (`windows_options.time_zone`), from Microsoft's list "Microsoft Time Zone Index Values"
 * (https://learn.microsoft.com/previous-versions/windows/embedded/ms912391(v=winembedded.11)).
 * A design names a time zone as Windows does (`tzutil /l` lists the IDs); where the list writes
 * a name differently (`U.S. Mountain Standard Time`), both the list's name and the ID are known.
 */

/** Where the index values are published. */
export const TIME_ZONE_SOURCE = 'Microsoft Time Zone Index Values, learn.microsoft.com/previous-versions/windows/embedded/ms912391(v=winembedded.11)';

/** Index by name, as Microsoft's list gives them. */
const INDEX_VALUES: ReadonlyArray<readonly [number, string]> = [
  [0, 'Dateline Standard Time'],
  [1, 'Samoa Standard Time'],
  [2, 'Hawaiian Standard Time'],
  [3, 'Alaskan Standard Time'],
  [4, 'Pacific Standard Time'],
  [10, 'Mountain Standard Time'],
  [13, 'Mexico Standard Time 2'],
  [15, 'U.S. Mountain Standard Time'],
  [20, 'Central Standard Time'],
  [25, 'Canada Central Standard Time'],
  [30, 'Mexico Standard Time'],
  [33, 'Central America Standard Time'],
  [35, 'Eastern Standard Time'],
  [40, 'U.S. Eastern Standard Time'],
  [45, 'S.A. Pacific Standard Time'],
  [50, 'Atlantic Standard Time'],
  [55, 'S.A. Western Standard Time'],
  [56, 'Pacific S.A. Standard Time'],
  [60, 'Newfoundland and Labrador Standard Time'],
  [65, 'E. South America Standard Time'],
  [70, 'S.A. Eastern Standard Time'],
  [73, 'Greenland Standard Time'],
  [75, 'Mid-Atlantic Standard Time'],
  [80, 'Azores Standard Time'],
  [83, 'Cape Verde Standard Time'],
  [85, 'GMT Standard Time'],
  [90, 'Greenwich Standard Time'],
  [95, 'Central Europe Standard Time'],
  [100, 'Central European Standard Time'],
  [105, 'Romance Standard Time'],
  [110, 'W. Europe Standard Time'],
  [113, 'W. Central Africa Standard Time'],
  [115, 'E. Europe Standard Time'],
  [120, 'Egypt Standard Time'],
  [125, 'FLE Standard Time'],
  [130, 'GTB Standard Time'],
  [135, 'Israel Standard Time'],
  [140, 'South Africa Standard Time'],
  [145, 'Russian Standard Time'],
  [150, 'Arab Standard Time'],
  [155, 'E. Africa Standard Time'],
  [158, 'Arabic Standard Time'],
  [160, 'Iran Standard Time'],
  [165, 'Arabian Standard Time'],
  [170, 'Caucasus Standard Time'],
  [175, 'Transitional Islamic State of Afghanistan Standard Time'],
  [180, 'Ekaterinburg Standard Time'],
  [185, 'West Asia Standard Time'],
  [190, 'India Standard Time'],
  [193, 'Nepal Standard Time'],
  [195, 'Central Asia Standard Time'],
  [200, 'Sri Lanka Standard Time'],
  [201, 'N. Central Asia Standard Time'],
  [203, 'Myanmar Standard Time'],
  [205, 'S.E. Asia Standard Time'],
  [207, 'North Asia Standard Time'],
  [210, 'China Standard Time'],
  [215, 'Singapore Standard Time'],
  [220, 'Taipei Standard Time'],
  [225, 'W. Australia Standard Time'],
  [227, 'North Asia East Standard Time'],
  [230, 'Korea Standard Time'],
  [235, 'Tokyo Standard Time'],
  [240, 'Yakutsk Standard Time'],
  [245, 'A.U.S. Central Standard Time'],
  [250, 'Cen. Australia Standard Time'],
  [255, 'A.U.S. Eastern Standard Time'],
  [260, 'E. Australia Standard Time'],
  [265, 'Tasmania Standard Time'],
  [270, 'Vladivostok Standard Time'],
  [275, 'West Pacific Standard Time'],
  [280, 'Central Pacific Standard Time'],
  [285, 'Fiji Islands Standard Time'],
  [290, 'New Zealand Standard Time'],
  [300, 'Tonga Standard Time'],
];

/** The Windows IDs (`tzutil /l`) of the zones the list names otherwise. */
const WINDOWS_IDS: Readonly<Record<string, string>> = {
  'U.S. Mountain Standard Time': 'US Mountain Standard Time',
  'U.S. Eastern Standard Time': 'US Eastern Standard Time',
  'S.A. Pacific Standard Time': 'SA Pacific Standard Time',
  'S.A. Western Standard Time': 'SA Western Standard Time',
  'Pacific S.A. Standard Time': 'Pacific SA Standard Time',
  'Newfoundland and Labrador Standard Time': 'Newfoundland Standard Time',
  'S.A. Eastern Standard Time': 'SA Eastern Standard Time',
  'Transitional Islamic State of Afghanistan Standard Time': 'Afghanistan Standard Time',
  'S.E. Asia Standard Time': 'SE Asia Standard Time',
  'A.U.S. Central Standard Time': 'AUS Central Standard Time',
  'A.U.S. Eastern Standard Time': 'AUS Eastern Standard Time',
  'Fiji Islands Standard Time': 'Fiji Standard Time',
};

/** Every known name, the list's and the Windows IDs, to its index. */
const BY_NAME: ReadonlyMap<string, number> = new Map(INDEX_VALUES.flatMap(([index, name]) => [
  [name, index] as const,
  ...(WINDOWS_IDS[name] === undefined ? [] : [[WINDOWS_IDS[name], index] as const]),
]));

/** The sysprep index of a Windows time zone, or a DesignError naming where the valid ones are listed. */
export function timeZoneIndex(vm: VmNode, timeZone: string): number {
  const index = BY_NAME.get(timeZone);
  if (index === undefined) {
    throw new DesignError(vm.scope, {
      problem: 'vSphere customizes a Windows guest\'s time zone by its sysprep index, and the library knows no index for this time zone.',
      value: JSON.stringify(timeZone),
      allowed: `a time zone of ${TIME_ZONE_SOURCE}, by its name there or its Windows ID (tzutil /l), e.g. "W. Europe Standard Time"`,
      fix: 'give one of those time zones, or leave timeZone out and set the index yourself: '
        + 'vm.addVendorOverride(Vendor.VSPHERE, "clone.0.customize.0.windows_options.0.time_zone", 110)',
    });
  }
  return index;
}
