import { DrsAutomation, IsolationResponse, RestartPriority, VmMonitoring } from '../../src';

describe('cluster settings', () => {
  test('carry the library\'s own words, which each target maps to its vendor\'s values', () => {
    expect({
      restartPriority: Object.values(RestartPriority),
      isolationResponse: Object.values(IsolationResponse),
      vmMonitoring: Object.values(VmMonitoring),
      drsAutomation: Object.values(DrsAutomation),
    }).toEqual({
      restartPriority: ['lowest', 'low', 'medium', 'high', 'highest'],
      isolationResponse: ['none', 'shut-down', 'power-off'],
      vmMonitoring: ['disabled', 'vm-only', 'vm-and-application'],
      drsAutomation: ['manual', 'partially-automated', 'fully-automated'],
    });
  });
});
